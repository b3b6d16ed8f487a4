print({x: x * x for x in range(5)})
print({k: v for k, v in [("a", 1), ("b", 2)]})
print({v: k for k, v in {"x": 1, "y": 2}.items()})
print({w: len(w) for w in ["apple", "fig", "kiwi"] if len(w) > 3})
print({i: [j for j in range(i)] for i in range(4)})
print({c: "abc".index(c) for c in "cab"})
print({k: 0 for k in "aaa"})
print({x % 3: x for x in range(10)})
d = {n: str(n) * n for n in range(1, 4)}
print(d, len(d))
print({(a, b): a * b for a in range(2) for b in range(3)})
keys = ["one", "two", "three"]
vals = [1, 2, 3]
print({k: v for k, v in zip(keys, vals)})
print({k: v for k, v in sorted({"z": 1, "a": 2}.items())})
print({**{k: 1 for k in "ab"}, "c": 3})
