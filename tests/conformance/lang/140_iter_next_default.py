it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
s = iter("ab")
print(list(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
count = [0]


def tick():
    count[0] += 1
    return count[0]


print(list(iter(tick, 4)))
lines = iter(["a", "b", "STOP", "c"])
print(list(iter(lambda: next(lines), "STOP")))
it2 = iter(range(3))
print(iter(it2) is it2, list(it2))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(None)
except TypeError as e:
    print("TypeError:", e)
r = iter(range(5))
next(r)
print(list(zip(r, r)))
e = iter([])
print(next(e, "empty"))
