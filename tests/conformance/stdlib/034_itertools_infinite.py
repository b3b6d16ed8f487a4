import itertools

print(list(itertools.islice(itertools.count(), 5)), list(itertools.islice(itertools.count(10, -2.5), 4)))
print(next(itertools.count(7)), repr(itertools.count(3)), repr(itertools.count(1, 2)))
print(list(itertools.islice(itertools.cycle("AB"), 7)), list(itertools.islice(itertools.cycle([]), 3)))
print(list(itertools.repeat("x", 3)), list(itertools.repeat(0, 0)), repr(itertools.repeat(5, 2)))
print(list(map(pow, range(5), itertools.repeat(2))))
for i, label in zip(itertools.count(1), ["a", "b", "c"]):
    print(i, label)
