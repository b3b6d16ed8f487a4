# functools in everyday code: lru_cache and cache_info, cache, partial with keywords,
# reduce, total_ordering, cached_property, and singledispatch.
import functools


@functools.lru_cache(maxsize=2)
def square(n):
    print("computing", n)
    return n * n


print(square(2), square(2), square(3), square(4), square(2))
print(square.cache_info())
square.cache_clear()
print(square.cache_info())


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info().currsize)

greet = functools.partial(print, "hello", sep="-")
greet("world", "again")
print(greet.func is print, greet.args, greet.keywords)
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(max, [], 0))


@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


print(Version(1) <= Version(2), Version(3) >= Version(2), Version(2) > Version(2))


class Report:
    @functools.cached_property
    def total(self):
        print("summing")
        return 42


r = Report()
print(r.total, r.total, "total" in vars(r))


@functools.singledispatch
def describe(x):
    return f"thing {x!r}"


@describe.register
def _(x: int):
    return f"int {x}"


@describe.register(list)
def _(x):
    return f"list of {len(x)}"


print(describe(3), describe([1, 2]), describe("s"), describe(True))
