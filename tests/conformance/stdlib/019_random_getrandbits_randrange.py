import random

random.seed(12345)
print([random.getrandbits(8) for _ in range(6)])
print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(33), random.getrandbits(0))
print(random.getrandbits(100), random.getrandbits(256))
print(random.randrange(2 ** 70), random.randrange(-50, 50))
print(random.random())
print([random.randrange(0, 100, 25) for _ in range(6)])
