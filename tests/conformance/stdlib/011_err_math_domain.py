import math

print(math.sqrt(9))
print(math.sqrt(-9))
