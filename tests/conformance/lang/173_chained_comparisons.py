x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5, 5 == x == 5.0, 1 < 2 < 3 < 4 < 5, 3 > 2 > 2)
print(1 < x != 5, x == 5 != 6, "a" < "b" < "c", [1] < [2] < [3])
calls = []


def v(n):
    calls.append(n)
    return n


print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) < v(5) > v(4) == v(4), calls)
print(1 in [1, 2] in [[1, 2]], 2 not in [1] not in [[3]])
a = b = [1]
print(a is b is not None, (1 < 2) < 3, 1 < (2 < 3))
print(x < 10 and x > 1, not 1 < x < 3)
for n in [-1, 0, 5, 10, 11]:
    print(n, 0 <= n < 10)
