import itertools

s = "ABCDEFG"
print(list(itertools.islice(s, 2)), list(itertools.islice(s, 2, 4)))
print(list(itertools.islice(s, 2, None)), list(itertools.islice(s, 0, None, 2)), list(itertools.islice(s, 1, 6, 3)))
it = iter(range(10))
print(list(itertools.islice(it, 3)), next(it), list(itertools.islice(it, 2)))
print(list(itertools.islice(range(5), None)), list(itertools.islice(range(5), 10)))


def squares():
    n = 0
    while True:
        yield n * n
        n += 1


print(list(itertools.islice(squares(), 5, 10)))
for args in [(-1,), (1, -1), (0, 5, 0), ("a",)]:
    try:
        itertools.islice(s, *args)
    except ValueError as e:
        print("ValueError", e)
