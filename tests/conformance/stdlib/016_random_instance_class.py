import random

a = random.Random(5)
b = random.Random(5)
print(a.random() == b.random(), a.randint(1, 10), b.randint(1, 10))
c = random.Random()
c.seed(5)
d = random.Random(5)
print(c.random() == d.random())
print(isinstance(a, random.Random), type(a).__name__)


class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)


die = Dice(99)
print([die.roll() for _ in range(10)])
random.seed(5)
print(random.random(), random.Random(5).random())
