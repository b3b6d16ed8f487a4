from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d)
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft("ab")
print(d)
d.remove(7)
d.insert(2, "x")
print(d, d.index("x"), d.count(1))
d.reverse()
print(d, list(reversed(d)))
d[0] = "first"
del d[1]
print(d, bool(d), bool(deque()), deque())
print(deque("abc") == deque(["a", "b", "c"]), deque([1]) + deque([2]), deque([1, 2]) * 2)
e = d.copy()
e.clear()
print(e, d)
queue = deque()
for job in ["a", "b", "c"]:
    queue.append(job)
while queue:
    print("processing", queue.popleft())
