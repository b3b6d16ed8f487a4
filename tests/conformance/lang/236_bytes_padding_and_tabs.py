# bytes/bytearray center, ljust, rjust, zfill and expandtabs: fill bytes, odd padding,
# signs, tab columns; fillchar must be one byte; absurd sizes fail, never truncate.
for s in [b"ab", b"abc", b"", b"\xff"]:
    print(s.center(7), s.center(6, b"*"), s.ljust(5, b"-"), s.rjust(5, b"\x00"))
    print(s.center(1), s.ljust(-3), s.rjust(0, b"x"), s.center(4, bytearray(b"\xe9")))
for s in [b"42", b"-42", b"+7", b"", b"-", b"abc", b"0x1f"]:
    print(s.zfill(5), s.zfill(1), bytearray(s).zfill(4))
for s in [b"a\tb\tc", b"\tx\n\ty\r\tz", b"12345\t6", b"\xe9\t."]:
    print(s.expandtabs(), s.expandtabs(4), s.expandtabs(tabsize=1), s.expandtabs(0),
          s.expandtabs(-2))
ba = bytearray(b"mid")
for r in [ba.center(9, b"="), ba.ljust(5), ba.rjust(4, bytearray(b".")),
          ba.zfill(6), bytearray(b"a\tb").expandtabs(3)]:
    print(type(r).__name__, r, r is ba)


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: b"a".center(5, "x"))
attempt(lambda: b"a".center(5, b"xy"))
attempt(lambda: b"a".ljust(5, b""))
attempt(lambda: b"a".rjust(5, 32))
attempt(lambda: bytearray(b"a").center(5, bytearray(b"ab")))
attempt(lambda: b"a".center())
attempt(lambda: b"a".ljust(1, b" ", 3))
attempt(lambda: b"a".rjust(width=5))
attempt(lambda: b"a".center("5"))
attempt(lambda: b"a".zfill())
attempt(lambda: b"a".zfill(1, 2))
attempt(lambda: b"a".zfill(width=3))
attempt(lambda: b"a".zfill(2.0))
attempt(lambda: b"a\tb".expandtabs("4"))
attempt(lambda: b"a\tb".expandtabs(4, 1))
attempt(lambda: b"a\tb".expandtabs(size=4))
attempt(lambda: b"a\tb".expandtabs(2**40))
for make in [lambda: b"a".ljust(2**62), lambda: b"a".center(2**62, b"-"),
             lambda: bytearray(b"a").rjust(2**62), lambda: b"1".zfill(2**62),
             lambda: b"a".ljust(2**63), lambda: bytearray(b"a").zfill(-2**63 - 1),
             lambda: b"a".center(10**30)]:
    attempt(lambda: len(make()))
