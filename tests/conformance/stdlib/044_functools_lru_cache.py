from functools import lru_cache, cache


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@lru_cache
def slow_square(x):
    print("computing", x)
    return x * x


print(slow_square(4), slow_square(4), slow_square(5))
print(slow_square.cache_info())


@lru_cache(maxsize=2)
def ident(x):
    print("miss", x)
    return x


for v in [1, 2, 1, 3, 2, 1]:
    ident(v)
print(ident.cache_info())


@cache
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)


print(count_paths(10, 10), count_paths.cache_info().currsize)


@lru_cache(maxsize=32)
def kw(a, b=1):
    return a + b


print(kw(1), kw(1, b=1), kw(a=1), kw.cache_info().misses, kw.__name__)
try:
    kw([1])
except TypeError as e:
    print("TypeError", e)
