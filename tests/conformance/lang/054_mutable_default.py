def append_to(item, target=[]):
    target.append(item)
    return target


a = append_to(1)
b = append_to(2)
print(a, b, a is b)
print(append_to(3, []))
print(append_to(4))
print(append_to.__defaults__)


def memo(n, cache={}):
    if n in cache:
        return cache[n]
    r = n if n < 2 else memo(n - 1) + memo(n - 2)
    cache[n] = r
    return r


print(memo(30))
print(len(memo.__defaults__[0]))


def counter(d={"calls": 0}):
    d["calls"] += 1
    return d["calls"]


print(counter(), counter(), counter())
print(counter({"calls": 10}), counter())


def safe(item, target=None):
    target = [] if target is None else target
    target.append(item)
    return target


print(safe(1), safe(2))
