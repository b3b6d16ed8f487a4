a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [7])), sorted(a.intersection([1, 2, 9])), sorted(a.difference({1})))
print(sorted(a.symmetric_difference(b)))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > a)
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}), a.isdisjoint(b))
s = set()
s.add(3)
s.add(3)
s.add(1)
print(s, len(s))
s.update([5, 6], {7})
print(sorted(s))
s.discard(100)
s.discard(5)
s.remove(6)
print(sorted(s))
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
print(s.pop() in {1, 3, 7}, len(s))
c = {1, 2, 3}
c |= {4}
c &= {2, 3, 4}
c -= {3}
c ^= {9, 2}
print(sorted(c))
print(set(), type({}).__name__, set([3, 3, 1]) == {1, 3})
print(sorted(set("banana")), len(set("banana")))
print(2 in a, 9 not in a)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
e = {1}
e.clear()
print(e, bool(e))
