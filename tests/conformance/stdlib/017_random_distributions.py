import random

random.seed(10)
print(random.uniform(1, 5), random.uniform(-1, 1), random.uniform(5, 1))
print(random.gauss(0, 1), random.gauss(100, 15), random.gauss())
print(random.normalvariate(0, 1), random.normalvariate(10, 2))
print(random.expovariate(1.5), random.expovariate(0.1))
print(random.triangular(0, 10, 2), random.triangular())
print(random.lognormvariate(0, 0.5))
vals = [random.gauss(50, 10) for _ in range(1000)]
print(round(sum(vals) / len(vals), 4))
