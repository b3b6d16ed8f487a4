from functools import reduce, partial, lru_cache
from itertools import accumulate, chain, groupby, islice, count, takewhile, product, starmap
from operator import mul, itemgetter

sales = [("north", "jan", 10), ("south", "jan", 7), ("north", "feb", 12), ("south", "feb", 3), ("north", "mar", 5)]
by_region = {}
for region, rows in groupby(sorted(sales, key=itemgetter(0)), key=itemgetter(0)):
    by_region[region] = list(accumulate(r[2] for r in rows))
print(by_region)
print(reduce(mul, [r[2] for r in sales]), sum(starmap(lambda *r: r[2], sales)))
primes = (n for n in count(2) if all(n % p for p in range(2, int(n ** 0.5) + 1)))
print(list(islice(primes, 10)))
print(list(takewhile(lambda n: n < 50, (x * x for x in count(1)))))
grid = list(product(range(3), repeat=2))
print(grid, len(list(chain.from_iterable(grid))))
scale = partial(map, lambda x: x * 10)
print(list(scale([1, 2, 3])))


@lru_cache(maxsize=None)
def collatz(n):
    return 0 if n == 1 else 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)


print(max(range(1, 200), key=collatz), collatz.cache_info().currsize > 100)
