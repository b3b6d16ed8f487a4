import math

print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(-10, 3), math.remainder(5, 2))
print(math.remainder(7, 2), math.remainder(3, math.inf), math.remainder(0.5, 0.25))
for a, b in [(10, 0), (math.inf, 2)]:
    try:
        math.remainder(a, b)
    except ValueError as e:
        print("ValueError", e)
print(math.cos(0), math.sin(0), math.tan(0))
print(sum(math.comb(10, k) for k in range(11)), 2 ** 10)
print([round(math.sqrt(n), 3) for n in range(1, 6)])
