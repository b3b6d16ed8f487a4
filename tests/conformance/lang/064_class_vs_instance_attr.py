class Thing:
    shared = []
    label = "class label"

    def __init__(self, n):
        self.n = n


a = Thing(1)
b = Thing(2)
a.shared.append("from a")
print(b.shared, Thing.shared)

a.label = "instance label"
print(a.label, b.label, Thing.label)
del a.label
print(a.label)

Thing.label = "changed on class"
print(a.label, b.label)

a.shared = ["own list"]
print(a.shared, b.shared)
print("shared" in vars(a), "shared" in vars(b))

Thing.new_attr = "added later"
print(a.new_attr)


class Counter:
    total = 0

    def __init__(self):
        self.total += 1


c1 = Counter()
c2 = Counter()
print(c1.total, c2.total, Counter.total)


class Proper:
    total = 0

    def __init__(self):
        type(self).total += 1


Proper()
Proper()
print(Proper.total)
