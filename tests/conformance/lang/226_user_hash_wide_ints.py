class Big:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
for h in [2**64 + 5, -(2**64 + 5), 2**61 - 1, 2**61, 2**61 + 7, -(2**61), 2**63 - 1, -(2**63), 2**63,
          -1, -2, 0, 1, 10**30, -(10**30), True, False, 2**100 * 3 + 1]:
    print(h, hash(Big(h)), hash(Big(h)) == hash(h))
class Wrap:
    def __init__(self, t):
        self.t = t
    def __hash__(self):
        return hash(self.t)
    def __eq__(self, other):
        return isinstance(other, Wrap) and self.t == other.t
for t in [(1, 2), (1, 2, 3), (1.5, 2.5), (None,) * 0, (10**20, -3)]:
    print(hash(Wrap(t)) == hash(t), {Wrap(t): "x"}[Wrap(t)])
class I(int):
    pass
class H:
    def __hash__(self):
        return I(2**70)
print(hash(H()) == hash(2**70), hash(I(2**70)) == hash(2**70))
class NotInt:
    def __hash__(self):
        return 1.5
try:
    hash(NotInt())
except TypeError as e:
    print("TypeError:", e)
from datetime import timedelta, date
print(hash(timedelta(0)) == hash(timedelta(0)), len({timedelta(1), timedelta(days=1), timedelta(hours=24)}))
print(len({date(2020, 1, 1), date(2020, 1, 1)}))
s = {Big(2**64 + 5), Big(2**64 + 5)}
print(len(s), sorted(hash(x) for x in s))
