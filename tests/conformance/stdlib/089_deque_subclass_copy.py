import copy
from collections import deque


class History(deque):
    def __init__(self, items=(), size=3):
        super().__init__(items, maxlen=size)

    def latest(self):
        return self[-1] if self else None


h = History([1, 2], size=3)
for x in [3, 4, 5]:
    h.append(x)
print(h, h.latest(), len(h), h.maxlen, isinstance(h, deque), type(h).__name__)
d = deque([[1], [2]], maxlen=5)
shallow = copy.copy(d)
deep = copy.deepcopy(d)
d[0].append("x")
print(d, shallow, deep)
print(shallow.maxlen, deep.maxlen, shallow is d, d == shallow)
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) == deque([1, 2]), deque([1]) != deque([2]))
e = deque(range(5))
del e[2]
e[0] = "zero"
print(e, e.index(4), 3 in e, e.count(1))
e += [9]
e *= 2
print(e, list(reversed(e))[:3])
