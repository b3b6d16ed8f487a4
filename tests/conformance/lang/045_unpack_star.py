first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
*everything, = (7, 8)
print(everything)
x, y, *others = 1, 2
print(x, y, others)
head, *tail = "x"
print(head, tail)
print(type(mid).__name__)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print("ValueError:", e)
print([*"ab", *[1, 2]], (*range(2),), {*[1, 1, 2]})
d1 = {"a": 1}
d2 = {"b": 2, "a": 3}
print({**d1, **d2})
k, v = {"only": 1}.popitem()
print(k, v)
