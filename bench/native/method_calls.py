import time


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


start = time.perf_counter()
acc = Vector(0, 0)
step = Vector(1, 2)
dots = 0
for i in range(300_000):
    acc = acc.add(step)
    dots += acc.dot(step)
print(acc.x, acc.y, dots)
print("#t", time.perf_counter() - start)
