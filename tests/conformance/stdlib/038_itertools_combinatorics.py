import itertools

print(list(itertools.product("ab", [1, 2])))
print(list(itertools.product([0, 1], repeat=3)))
print(len(list(itertools.product(range(3), range(4), range(5)))), list(itertools.product()))
print(list(itertools.permutations("abc")))
print(list(itertools.permutations(range(4), 2)), list(itertools.permutations([1, 2], 3)))
print(list(itertools.combinations("abcd", 2)))
print(list(itertools.combinations(range(5), 3)), list(itertools.combinations([1], 0)))
print(list(itertools.combinations_with_replacement("abc", 2)))
print(len(list(itertools.combinations_with_replacement(range(4), 3))))
coins = [1, 5, 10, 25]
ways = [c for n in range(1, 4) for c in itertools.combinations_with_replacement(coins, n) if sum(c) == 30]
print(ways)
try:
    itertools.permutations("ab", -1)
except ValueError as e:
    print("ValueError", e)
