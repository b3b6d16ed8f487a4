print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"))
print(min(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len))
print(max([1, -5, 3], key=abs), min([1, -5, 3], key=abs))
print(max([], default="empty"), min((), default=0), max([7], default=None))
print(max([(1, "b"), (1, "a"), (0, "z")]), min("b", "a", key=str.upper))
print(max([2, 2.0]), max([2.0, 2]), min([0, False]), min([False, 0]))
print(max(["a", "bb", "cc"], key=len), min(["xx", "yy", "z"], key=len))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)
try:
    max(5)
except TypeError as e:
    print("TypeError:", e)
d = {"a": 3, "b": 9, "c": 1}
print(max(d, key=d.get), min(d.items(), key=lambda kv: kv[1]))
print(max(range(10), key=lambda n: n % 4), min(x * x for x in range(-3, 3)))
print(max(1, 2, key=lambda v: -v), max([float("nan"), 1]), max(1, float("nan")))
