import random

random.seed(3)
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
again = [random.random() for _ in range(3)]
print(first == again, first)
print(state[0], len(state[1]), state[2])
r = random.Random(11)
r.gauss()
s = r.getstate()
x = r.gauss()
r.setstate(s)
print(x == r.gauss())
