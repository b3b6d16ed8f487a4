import random

for seed in ["hello", "", "Loopscope", "ünïcode"]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(1, 100))
random.seed(b"bytes seed")
print(random.random())
random.seed(3.25)
print(random.random())
