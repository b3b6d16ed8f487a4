# bytes/bytearray case mapping and character classes: ASCII only (bytes >= 0x80 are
# uncased, not letters, digits or spaces); results keep the receiver's type.
samples = [b"hello world", b"HELLO", b"they're bill's friends", b"\xe9t\xe9 ABC", b"a1b2",
           b"", b"Title Case Here", b"x\xffy", b"\xc9cole", b"123", b"  \t\n\x0b\x0c\r"]
for s in samples:
    print(s.capitalize(), s.swapcase(), s.title(), s.upper(), s.lower())
    print(s.isalnum(), s.isalpha(), s.isdigit(), s.isascii(), s.islower(),
          s.isupper(), s.istitle(), s.isspace())
for s in [b"\x1c", b"\x85", b"\xa0", b"ab\x80", b"\x7f", b"A\xe9b", b"A\xe9B", b"1A"]:
    print(s, s.isspace(), s.isascii(), s.istitle(), s.isupper(), s.isalnum())
ba = bytearray(b"mIxEd \xe0 CaSe")
for name in ["capitalize", "swapcase", "title", "upper", "lower"]:
    r = getattr(ba, name)()
    print(name, type(r).__name__, r, r is ba)
print(ba, ba.isalnum(), ba.isascii(), ba.islower(), ba.isupper(), ba.istitle())
print(bytearray(b"Ab Cd").istitle(), bytearray(b"").isascii(), bytearray(b"").istitle())


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: b"a".capitalize(1))
attempt(lambda: b"a".isalnum(1))
attempt(lambda: b"a".title(x=1))
attempt(lambda: bytearray(b"a").swapcase(None))
attempt(lambda: bytearray(b"a").isupper(x=1))
print(bytes.swapcase(b"aB"), bytearray.istitle(bytearray(b"Ok")))
