(a, b), c = (1, 2), 3
print(a, b, c)
x, (y, (z, w)) = 1, (2, (3, 4))
print(x, y, z, w)
[p, q], [r, s] = "ab", "cd"
print(p, q, r, s)
(first, *rest), last = [1, 2, 3], 4
print(first, rest, last)
a = b = c = 0
print(a, b, c)
i, j = j, i = 1, 2
print(i, j)
data = {"pts": [(1, 2), (3, 4)]}
(x1, y1), (x2, y2) = data["pts"]
print(x2 - x1, y2 - y1)
lst = [0, 0, 0]
lst[0], lst[2] = "L", "R"
print(lst)


class Box:
    pass


bx = Box()
bx.a, bx.b = 10, 20
print(bx.a + bx.b)
d = {}
d["k1"], d["k2"] = range(2)
print(d)
try:
    (m, n), o = (1, 2, 3), 4
except ValueError as e:
    print("ValueError:", e)
