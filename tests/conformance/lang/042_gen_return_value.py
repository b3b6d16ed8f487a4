def gen():
    yield 1
    return "the result"


g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", repr(e.value))
    print("args:", e.args)


def no_return():
    yield 1


g = no_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)


def returns_tuple():
    yield
    return (1, 2)


def use():
    r = yield from returns_tuple()
    return r


u = use()
next(u)
try:
    next(u)
except StopIteration as e:
    print("nested result:", e.value)


def early(n):
    for i in range(n):
        if i == 2:
            return i * 100
        yield i


def collect(n):
    r = yield from early(n)
    yield ("returned", r)


print(list(collect(5)))
print(list(collect(1)))
