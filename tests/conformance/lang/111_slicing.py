s = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-3], s[8:2:-2], s[2:8:-1])
print(s[100:], s[-100:2], s[5:100], s[3:3], s[5:2])
print(s[-1], s[-10])
t = "abcdefgh"
print(t[1:4], t[::-1], t[::3], t[-2:], t[:-6:-1], t[10:20] == "")
tup = (0, 1, 2, 3, 4)
print(tup[1:3], tup[::-2], type(tup[1:2]).__name__)
print(s[None:3], s[3:None], s[::None])
i, j = 2, 6
print(s[i:j], s[i:j] == s[slice(i, j)])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    t[99]
except IndexError as e:
    print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s["1"]
except TypeError as e:
    print("TypeError:", e)
print(range(10)[2:8:3], b"bytes"[1:3], "x"[-1:])
copy = s[:]
copy.append(99)
print(len(s), len(copy))
