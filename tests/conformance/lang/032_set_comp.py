s = {x % 5 for x in range(20)}
print(sorted(s), len(s))
print(sorted({x * x for x in range(-3, 4)}))
print(sorted({c for c in "mississippi"}))
print(sorted({len(w) for w in ["a", "bb", "cc", "ddd"]}))
print({n for n in range(5) if n > 10})
print(type({1 for _ in range(3)}).__name__)
evens = {n for n in range(10) if n % 2 == 0}
odds = {n for n in range(10) if n % 2}
print(sorted(evens), sorted(odds))
print(sorted(evens | odds))
print(evens & odds)
print({x for x in [1, 1, 1]})
print(sorted({(a, b) for a in range(2) for b in range(2)}))
print(3 in {x + 1 for x in range(5)})
