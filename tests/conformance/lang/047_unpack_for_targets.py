for a, b in [(1, 2), (3, 4)]:
    print(a, b)
for i, (x, y) in enumerate([(5, 6), (7, 8)]):
    print(i, x, y)
for first, *rest in ["abc", "de", "f"]:
    print(first, rest)
for k, v in {"one": 1, "two": 2}.items():
    print(k, v)
for (a, b), c in [((1, 2), 3)]:
    print(a + b + c)
points = [(0, 0, "origin"), (1, 2, "p")]
for x, y, name in points:
    print(f"{name}: ({x}, {y})")
d = {}
for d["key"] in range(3):
    pass
print(d)
lst = [None, None]
for lst[0], lst[1] in [(1, 2), (3, 4)]:
    pass
print(lst)
for _, second in [("a", 1), ("b", 2)]:
    print(second)
print([a * b for a, b in zip(range(3), range(3, 6))])
print({k: v for (k, v) in [("z", 0)]})
try:
    for a, b in [(1, 2), (3,)]:
        print("pair", a, b)
except ValueError as e:
    print("ValueError:", e)
