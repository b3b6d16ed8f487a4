import math

print(math.hypot(3, 4), math.hypot(1, 1), math.hypot(), math.hypot(-5), math.hypot(1, 2, 2))
print(math.hypot(1e200, 1e200), math.hypot(1e-200, 1e-200), math.hypot(0.1, 0.2, 0.3))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.dist((1.5,), (-2.5,)))
points = [(0, 0), (1, 1), (4, 5), (-2, 3)]
total = sum(math.dist(a, b) for a, b in zip(points, points[1:]))
print(round(total, 10), math.hypot(*points[2]))
