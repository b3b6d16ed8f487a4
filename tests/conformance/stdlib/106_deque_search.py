# deque searches: `in`, index (with bounds), count and remove, by identity and equality.
from collections import deque


class Loud:
    def __init__(self, name, equal):
        self.name = name
        self.equal = equal

    def __eq__(self, other):
        print("  compare", self.name)
        return self.equal

    __hash__ = object.__hash__


d = deque(range(10))
print(5 in d, 10 in d, 5.0 in d, d.index(5), d.index(5, 2, 8), d.count(3))
d.remove(4)
print(d)
for args in [(5, 6), (5, -3), (42,)]:
    try:
        print(d.index(*args))
    except ValueError as e:
        print("ValueError", e)
loud = deque([Loud("a", False), Loud("b", True), Loud("c", True)])
print("x" in loud)
print(loud.count("x"))
print(loud.index("x"))
loud.remove("x")
print([x.name for x in loud])
same = loud[0]
print(same in loud, loud.index(same))
