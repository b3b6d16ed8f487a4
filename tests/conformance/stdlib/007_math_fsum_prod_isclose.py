import math

xs = [0.1] * 10
print(sum(xs), math.fsum(xs), math.fsum([1e100, 1.0, -1e100]), math.fsum([]))
print(math.fsum([1, 2, 3]), math.fsum([0.1, 0.2, 0.3]), math.fsum(x / 7 for x in range(7)))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod([1, 2], start=10))
print(math.prod(["ab", 3], start=1), math.prod(range(1, 21)))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2))
print(math.isclose(0, 1e-12), math.isclose(0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.isclose(math.nan, math.nan), math.isclose(5, 5.0000000001))
