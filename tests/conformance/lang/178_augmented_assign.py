x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 2
print(x)
x /= 4
print(x)
x //= 2
print(x)
x **= 3
print(x)
x %= 7
print(x)
n = 0b1010
n &= 0b0110
print(n)
n |= 0b1000
print(n)
n ^= 0b0011
print(n)
n <<= 2
print(n)
n >>= 1
print(n)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
lst += (2, 3)
lst += "ab"
print(lst)
d = {"count": 0}
for _ in range(3):
    d["count"] += 1
print(d)

class C:
    v = 1

C.v += 1
obj = C()
obj.v += 10
print(C.v, obj.v)
arr = [[0, 0], [0, 0]]
arr[1][0] += 7
print(arr)
calls = []

def idx():
    calls.append("idx")
    return 0

a = [5]
a[idx()] += 1
print(a, calls)
