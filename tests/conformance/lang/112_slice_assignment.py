a = list(range(8))
a[2:4] = ["x", "y", "z"]
print(a)
a[:2] = []
print(a)
a[1:1] = ["ins1", "ins2"]
print(a)
a[-2:] = "AB"
print(a)
a[:] = [0, 1, 2, 3, 4, 5]
print(a)
a[::2] = ["e0", "e2", "e4"]
print(a)
a[::-2] = [10, 30, 50]
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
b = [1, 2, 3]
alias = b
b[:] = [9]
print(alias, b is alias)
c = [0, 1, 2, 3, 4, 5, 6]
del c[1::3]
print(c)
c[len(c):] = [100]
print(c)
c[0:0] = range(3)
print(c)
try:
    c[0:1] = 5
except TypeError as e:
    print("TypeError:", e)
ba = bytearray(b"hello")
ba[1:3] = b"EYY"
print(ba)
try:
    t = (1, 2)
    t[0:1] = [5]
except TypeError as e:
    print("TypeError:", e)
