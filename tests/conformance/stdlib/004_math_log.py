import math

print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2))
print(math.log2(1024), math.log10(1000), math.log2(3), math.log10(2))
print(math.log(2 ** 1000), math.log(10 ** 400, 10), math.log2(2 ** 2000))
print(math.log(0.5), math.log(1e-300), math.log(math.inf))
for base in [2, 3, 10, 0.5]:
    print(base, math.log(1024, base))
