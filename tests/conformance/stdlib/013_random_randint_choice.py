import random

random.seed(1)
print([random.randint(1, 6) for _ in range(20)])
print([random.randint(-100, 100) for _ in range(5)])
print([random.choice("abcdef") for _ in range(10)])
print(random.choice(["rock", "paper", "scissors"]), random.choice(range(1000)), random.choice((1, 2)))
print([random.randrange(10) for _ in range(8)], [random.randrange(5, 50, 5) for _ in range(5)])
print(random.randrange(100, 0, -7), random.randint(10 ** 20, 10 ** 21))
