import itertools

a, b = itertools.tee(iter([1, 2, 3]))
print(list(a), list(b))
x, y, z = itertools.tee("ab", 3)
print(next(x), list(y), list(x), list(z))
print(list(itertools.zip_longest("ABCD", "xy", fillvalue="-")))
print(list(itertools.zip_longest([1, 2], [3], [4, 5, 6])), list(itertools.zip_longest()))
print(list(itertools.pairwise("ABCDE")), list(itertools.pairwise([1])))
temps = [20, 22, 21, 25, 24]
print([b - a for a, b in itertools.pairwise(temps)])
