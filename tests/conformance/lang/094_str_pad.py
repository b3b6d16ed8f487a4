s = "abc"
print(repr(s.center(9)), repr(s.center(8)), repr(s.center(9, "*")), repr(s.center(2)))
print(repr(s.ljust(6)), repr(s.ljust(6, ".")), repr(s.rjust(6)), repr(s.rjust(6, "0")))
print(repr("ab".center(5)), repr("ab".center(6, "-")), repr("a".center(4, "=")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "12345".zfill(3), "".zfill(2))
print("-".zfill(3), "3.14".zfill(8))
for n in [1, 22, 333, 4444]:
    print("|" + str(n).rjust(5) + "|" + str(n).ljust(5) + "|" + str(n).center(5) + "|")
try:
    s.center(10, "ab")
except TypeError as e:
    print("TypeError:", e)
print(repr("".center(3, "x")), repr("x".rjust(0)))
