import random

random.seed(2024)
print(random.choices("abc", k=10))
print(random.choices(["win", "lose"], weights=[1, 9], k=10))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 10], k=8))
print(random.choices([10, 20, 30]))
tally = {"a": 0, "b": 0, "c": 0}
for x in random.choices("abc", weights=[5, 3, 2], k=1000):
    tally[x] += 1
print(tally)
print(random.choices([1, 2, 3], [0.5, 0.25, 0.25], k=4))
