import random

random.seed(7)
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:13])
nums = list(range(10))
random.shuffle(nums)
print(nums)
print(random.sample(range(100), 5), random.sample("abcdefgh", 3))
print(random.sample(range(1000000), 4))
print(random.sample(range(60), 30))
print(random.sample(["x", "y", "z"], 3), random.sample([1, 2, 3, 4], k=0))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
