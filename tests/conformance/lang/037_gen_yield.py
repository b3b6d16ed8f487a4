def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


print(list(count_up(4)))

g = count_up(2)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)


def tracer():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")


t = tracer()
print("created")
for v in t:
    print("got", v)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(12)])


def empty():
    return
    yield


print(list(empty()))


def yield_expr():
    x = yield
    print("received", x)


g2 = yield_expr()
print(next(g2))
print(type(g2).__name__, hasattr(g2, "__next__"), iter(g2) is g2)
