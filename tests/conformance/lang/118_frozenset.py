fs = frozenset([3, 1, 2, 3])
print(sorted(fs), len(fs), 2 in fs)
print(fs == {1, 2, 3}, type(fs | {4}).__name__, type({4} | fs).__name__)
print(sorted(fs & {1, 9}), sorted(fs - {1}))
d = {fs: "frozen key"}
print(d[frozenset({1, 2, 3})])
nested = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(nested))
try:
    fs.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print(frozenset(), frozenset() == set(), bool(frozenset()))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(fs.issubset({1, 2, 3, 4}), fs.isdisjoint([7]))
c = fs.copy()
print(c == fs, sorted(c.union([0])))
print(repr(frozenset([5])), repr(frozenset()))
groups = {}
for pair in [(1, 2), (2, 1), (3, 4)]:
    groups.setdefault(frozenset(pair), []).append(pair)
print(sorted(groups.values()))
