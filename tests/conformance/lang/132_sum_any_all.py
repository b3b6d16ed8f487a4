print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum(range(5), start=100))
print(sum([0.1] * 10), sum([1, 2.5]), sum([True, True]))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]))
print(any([0, 0, 1]), all([1, 1, 0]), any("abc"), all(""))
log = []


def check(v):
    log.append(v)
    return v > 2


print(any(check(v) for v in [1, 3, 5]), log)
log.clear()
print(all(check(v) for v in [3, 1, 5]), log)
print(any(x % 7 == 0 for x in range(1, 7)), all(isinstance(x, int) for x in [1, True]))
print(sum(x * x for x in range(4)), sum(map(len, ["ab", "c"])))
print(sum([10 ** 20, 1]), sum([1j, 2]))
