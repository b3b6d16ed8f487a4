import random

random.seed(42)
print([random.random() for _ in range(5)])
random.seed(42)
print(random.random())
random.seed(0)
print([round(random.random(), 6) for _ in range(3)])
random.seed(2 ** 64 + 12345)
print(random.random())
random.seed(-7)
print(random.random())
for s in [1, 123, 99999]:
    random.seed(s)
    print(s, random.random(), random.random())
