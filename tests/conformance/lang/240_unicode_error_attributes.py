# UnicodeDecodeError and UnicodeEncodeError carry what went wrong: the codec, the object,
# the bad range and the reason; their str is built from those, one byte or character by
# its value, a longer run by its positions.
cases = [
    lambda: b"caf\xe9".decode(),
    lambda: b"ab\xe6\x97".decode("utf-8"),
    lambda: b"\xe6A".decode(),
    lambda: b"\xff\xfe".decode("ascii"),
    lambda: str(b"x\x80", "utf-8"),
    lambda: str(b"x\x80", encoding="ascii"),
    lambda: "naïve".encode("ascii"),
    lambda: "aéé€b".encode("ascii"),
    lambda: "a\U0001F600".encode("latin-1"),
    lambda: "€".encode("latin-1"),
]
for case in cases:
    try:
        case()
    except UnicodeError as e:
        print(type(e).__name__, e.args)
        print("  ", e)
        print("  ", e.encoding, repr(e.object), e.start, e.end, e.reason)

made = UnicodeDecodeError("utf-8", b"\x00\xff\xfe", 1, 3, "made up")
print(made, made.start, made.end)
made = UnicodeEncodeError("ascii", "xyz", 0, 1, "not today")
print(made, repr(made.object))
print(isinstance(made, ValueError), UnicodeDecodeError.__mro__[1].__name__)
print(b"caf\xe9".decode("utf-8", "replace"), b"caf\xe9".decode("ascii", "ignore"))
