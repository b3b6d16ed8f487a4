# bytes/bytearray translate and maketrans (256-byte tables, delete argument) and the
# fromhex classmethod (whitespace between pairs, error positions, subclasses).
rot = bytes.maketrans(b"abcxyz", b"xyzabc")
print(len(rot), rot[95:125], type(bytearray.maketrans(b"a", b"b")).__name__)
print(bytearray.maketrans(bytearray(b"\x00\xff"), b"\xff\x00")[::255])
for s in [b"abc xyz", b"", bytearray(b"zebra\xff")]:
    r = s.translate(rot)
    print(type(r).__name__, r, s.translate(None), s.translate(None, b"aeiou"),
          s.translate(rot, delete=b"b"), s.translate(bytearray(rot), bytearray(b" ")))
print(b"hello".translate(bytes.maketrans(b"helo", b"HELO"), b"l"))
print(b"aaa".translate(None, b"a"), b"data".translate(None, delete=b""))
for text in ["00ff10", "de ad\tbe\nef", " 0A 1b ", "", "\x0b01\x0c 02\t\n\r", "7F"]:
    print(bytes.fromhex(text), bytearray.fromhex(text))


class B(bytes):
    pass


class BA(bytearray):
    pass


for v in [B.fromhex("6869"), BA.fromhex("6869"), b"zz".fromhex("21"),
          bytearray(b"q").fromhex("2122")]:
    print(type(v).__name__, bytes(v))
print(repr(BA(b"it's")), BA(b"x").center(5, b"-"), B(b"y").zfill(3), BA.fromhex("21"))


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for f in [lambda: b"abc".translate(b"x"), lambda: b"abc".translate("x" * 256),
          lambda: b"abc".translate(None, "a"), lambda: b"abc".translate(table=None),
          lambda: b"abc".translate(), lambda: b"abc".translate(None, b"a", 3),
          lambda: b"abc".translate(None, dele=b"a"), lambda: bytes.maketrans(b"ab", b"c"),
          lambda: bytes.maketrans("a", "b"), lambda: bytes.maketrans(b"a"),
          lambda: bytes.maketrans(b"a", b"b", b"c"), lambda: bytes.maketrans(b"a", 1),
          lambda: bytes.fromhex(b"00"), lambda: bytes.fromhex("0 1"),
          lambda: bytes.fromhex("0"), lambda: bytes.fromhex("012"),
          lambda: bytes.fromhex(" 0g"), lambda: bytes.fromhex("\xe90"),
          lambda: bytes.fromhex("\xa001"), lambda: bytes.fromhex("0x10"),
          lambda: bytearray.fromhex("12 3 4"), lambda: bytearray.fromhex(3),
          lambda: bytes.fromhex(), lambda: bytes.fromhex("00", "11"),
          lambda: bytearray.fromhex(string="00")]:
    attempt(f)
