import math

print([math.factorial(n) for n in range(8)], math.factorial(30))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(), math.gcd(12, 18, 27))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6))
print(math.comb(5, 2), math.comb(10, 0), math.comb(3, 5), math.comb(52, 5), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(3, 4), math.perm(10, 3))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(2 ** 100 + 1))
print(math.factorial(True), math.gcd(True, 4))
