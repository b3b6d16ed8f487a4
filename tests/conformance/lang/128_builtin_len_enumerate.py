print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(5)), len(b"xy"), len(""))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
print(list(enumerate("abc")))
print(list(enumerate("abc", 1)))
print(list(enumerate("abc", start=10)))
print(list(enumerate([], 5)), list(enumerate(["x"], -1)))
for i, (a, b) in enumerate([(1, 2), (3, 4)], start=100):
    print(i, a, b)
e = enumerate("xy")
print(next(e), next(e), next(e, "end"))
print(dict(enumerate("hi")))
print(type(enumerate([])).__name__)
print([i for i, v in enumerate([5, 0, 3, 0]) if v == 0])
