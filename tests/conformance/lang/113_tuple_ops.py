t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t + (4,), t * 2)
print((), (1,), tuple(), tuple("ab"), tuple([1, 2]))
single = 5,
print(single, type(single).__name__)
print(t.index(2), t.count(1), (1, 1, 2).count(1))
print(3 in t, 4 not in t)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 2) == (1, 2))
print(max((1, 9), (2, 0)), min([(0, "b"), (0, "a")]))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t.append(4)
except AttributeError as e:
    print("AttributeError:", e)
nested = (1, [2, 3])
nested[1].append(4)
print(nested)
print(hash((1, 2)) == hash((1, 2)))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
a, b, c = t
print(a, b, c)
print(tuple(x * x for x in t), sum(t), sorted((3, 1, 2)))
print(repr((1, "a", None, (2,))))
print({(1, 2): "tuple key"}[(1, 2)])
