# bytes/bytearray rfind, rindex (and find, index, count) with bytes or int subs and
# start/end bounds; partition, rpartition, rsplit, splitlines, removeprefix/removesuffix.
s = b"abracadabra"
for sub in [b"a", b"bra", b"", b"zz", 97, bytearray(b"ca"), 114]:
    print(sub, s.find(sub), s.rfind(sub), s.count(sub), s.rfind(sub, 2, -2),
          s.find(sub, -4), s.rfind(sub, None, 5), s.count(sub, 1, None))
print(s.rindex(b"a"), s.rindex(b"bra", 0, 8), s.index(98, 2), s.rfind(b"a", -10**30, 10**30))
print(s.rfind(b"", 20), s.rfind(b"", 4, 2), s.find(b"", 11), s.rindex(b"", 3, 5))
for t in [b"key=value=x", b"novalue", b"=lead", bytearray(b"a=b")]:
    print(t.partition(b"="), t.rpartition(b"="), t.rpartition(bytearray(b"value")))
for t in [b"  a b\t c \n", b"a,b,,c", b"", b"x\x1cy\x85z\xa0w"]:
    print(t.rsplit(), t.rsplit(None, 1), t.rsplit(b","), t.rsplit(b",", maxsplit=1),
          t.rsplit(sep=b"b"), t.split(), t.split(maxsplit=0))
print(bytearray(b"1 2 3").rsplit(maxsplit=1), b"aXbXc".rsplit(b"X", -1))
for t in [b"one\ntwo\r\nthree\rfour\n", b"a\x0bb\x0cc\x1cd\x85e", b"\n\n", b"", b"tail"]:
    print(t.splitlines(), t.splitlines(True), t.splitlines(keepends=False))
print(bytearray(b"x\ny").splitlines(1), b"p\r\n".splitlines(keepends=5))
for t in [b"prefix-body-suffix", bytearray(b"prefix"), b""]:
    print(t.removeprefix(b"prefix"), t.removesuffix(b"suffix"),
          t.removeprefix(bytearray(b"")), t.removesuffix(b"x"))


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for f in [lambda: s.rindex(b"zz"), lambda: s.index(b"zz"), lambda: s.rindex(b"a", 1, 2),
          lambda: s.rfind(300), lambda: s.rfind(-1), lambda: s.find(2**70),
          lambda: s.rfind("a"), lambda: s.count(1.5), lambda: s.rfind(),
          lambda: s.rindex(b"a", 1, 2, 3), lambda: s.rfind(b"a", "x"),
          lambda: s.rfind(sub=b"a"), lambda: s.partition("b"), lambda: s.partition(b""),
          lambda: s.rpartition(98), lambda: s.partition(), lambda: s.rpartition(sep=b"b"),
          lambda: s.rsplit(""), lambda: s.rsplit(b""), lambda: s.rsplit(b"b", "x"),
          lambda: s.rsplit(b"b", 2**63), lambda: s.rsplit(b"b", 1, 2),
          lambda: s.rsplit(b"b", sep=b"a"), lambda: s.rsplit(bad=1),
          lambda: s.splitlines(1, 2), lambda: s.splitlines(keepend=1),
          lambda: s.splitlines("x"), lambda: s.splitlines(None),
          lambda: s.removeprefix("a"), lambda: s.removeprefix(),
          lambda: s.removesuffix(suffix=b"a"), lambda: bytearray(s).rindex(b"q")]:
    attempt(f)
