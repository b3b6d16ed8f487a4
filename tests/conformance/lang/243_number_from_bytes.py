# int() and float() read bytes and bytearray (and other buffers) as ASCII text, and
# name the bad value in their ValueError as CPython does.
print(float(b"0.5"), float(bytearray(b"1e3")), float(b"  -inf\n"), float(b"1_000.25"))
print(int(b"42"), int(b" 7 ", 10), int(b"ff", 16), int(bytearray(b"0x1f"), 0), int(b"-1_000"))
print(int(memoryview(b"12")), float(memoryview(b"2.5")), int(bytearray(b"101"), 2))


class Raw(bytes):
    pass


print(int(Raw(b"9")), float(Raw(b"9.5")), int(Raw(b"z"), 36))
bad = [
    lambda: float(b"x"),
    lambda: float(bytearray(b"y")),
    lambda: float(b"\xd9\xa1"),
    lambda: float(b""),
    lambda: int(b"x"),
    lambda: int(b"x", 16),
    lambda: int(bytearray(b"z")),
    lambda: int(b"\xff"),
    lambda: int(b"\xd9\xa1"),
    lambda: int(b"1__0"),
    lambda: int(memoryview(b"1"), 10),
    lambda: int(b"7", 99),
]
for f in bad:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
