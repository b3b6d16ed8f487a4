r = range(10)
print(r, len(r), r[0], r[-1], list(r))
print(range(2, 10, 3), list(range(2, 10, 3)), len(range(2, 10, 3)))
print(list(range(10, 0, -2)), list(range(5, 5)), list(range(5, 0)), len(range(0, -10, -3)))
print(r[2:5], r[::-1], r[::2], range(0, 20, 2)[3:8:2], list(range(0, 20, 2)[3:8:2]))
print(5 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(range(0, 10, 2).index(6), range(1, 10).count(3))
print(range(3) == range(0, 3), range(0) == range(5, 2), range(0, 3) == range(0, 4, 3))
print(sum(range(101)), max(range(7)), min(range(3, 9)))
print(list(reversed(range(4))), sorted(range(3), reverse=True))
big = range(0, 10 ** 20, 7)
print(big[-1], big[3], 10 ** 19 in big, 10 ** 19 + 1 in big, len(range(0, 10 ** 9, 7)))
print(r.start, r.stop, r.step, range(1, 2, 3).step)
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
print(bool(range(0)), bool(range(1)), list(range(-3, 3)))
