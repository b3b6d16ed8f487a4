# bytearray's in-place insert, remove and reverse (index clamping, byte range, errors),
# bytearray's repr (a quote always escaped) and the public methods dir() lists.
ba = bytearray(b"abc")
for i, v in [(0, 120), (100, 121), (-1, 122), (-100, 119), (True, 65), (2, 0x80)]:
    print(ba.insert(i, v), ba)
print(ba.remove(ord("b")), ba.remove(65), ba)
ba.reverse()
print(ba, len(ba))
e = bytearray()
e.reverse()
e.insert(-5, 1)
e.insert(5, 2)
print(e, e.remove(1), e)
alias = ba
ba.reverse()
ba.remove(0x80)
print(alias, alias is ba)
print(repr(bytearray(b"it's")), repr(bytearray(b"'\"")), repr(b"it's"))


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for f in [lambda: ba.insert(0, 300), lambda: ba.insert(0, -1), lambda: ba.insert(0, "a"),
          lambda: ba.insert("a", 1), lambda: ba.insert(2**63, 1), lambda: ba.insert(1),
          lambda: ba.insert(1, 2, 3), lambda: ba.insert(index=1, item=2),
          lambda: ba.remove(300), lambda: ba.remove(b"a"), lambda: ba.remove(ord("q")),
          lambda: ba.remove(), lambda: ba.remove(value=1), lambda: ba.reverse(1),
          lambda: bytearray().remove(0), lambda: ba.append(256), lambda: ba.append()]:
    attempt(f)
print(ba)
for t in [bytes, bytearray]:
    print(t.__name__, [m for m in dir(t) if not m.startswith("_")])
print(sorted(set(m for m in dir(bytearray) if not m.startswith("_"))
             - set(dir(bytes))))
