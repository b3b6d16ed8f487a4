import math

print(math.sqrt(16), math.sqrt(2), math.sqrt(0.0), math.sqrt(-0.0))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-2, 3), math.pow(4, -0.5))
print(math.pow(math.inf, 0), math.pow(0, 0), math.pow(1, math.nan), math.pow(math.inf, -1))
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(700))
print(math.expm1(1e-10), math.log1p(1e-10), math.exp2(10))
print(2 ** 0.5 == math.sqrt(2), math.isqrt(99), math.isqrt(10 ** 30))
