g = (x * x for x in range(5))
print(type(g).__name__)
print(next(g), next(g))
print(list(g))
print(list(g))

print(sum(x for x in range(10)))
print(max(len(w) for w in ["a", "abcd", "abc"]))
print(any(c.isdigit() for c in "abc1"), all(c.isalpha() for c in "abc1"))
print(",".join(str(i) for i in range(4)))
print(sorted((x % 4 for x in range(10)), reverse=True))
print(tuple(c for c in "xyz"))
print(dict((k, k * 2) for k in range(3)))

log = []


def src():
    for i in range(3):
        log.append(i)
        yield i


lazy = (v * 10 for v in src())
print(log)
print(next(lazy), log)
print(list(lazy), log)

try:
    bad = (1 / x for x in [1, 0])
    print(next(bad))
    next(bad)
except ZeroDivisionError as e:
    print("error on second:", e)

outer = (list(i for i in range(n)) for n in range(3))
print(list(outer))
