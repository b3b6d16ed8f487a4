from collections import deque

recent = deque(maxlen=3)
for i in range(6):
    recent.append(i)
    print(recent)
print(recent.maxlen, deque().maxlen)
recent.appendleft(99)
print(recent)
recent.extend([7, 8])
print(recent)
r = deque(range(6))
r.rotate(2)
print(r)
r.rotate(-3)
print(r)
r.rotate(0)
r.rotate(13)
print(r)
window = deque(maxlen=4)
for word in "the quick brown fox jumps over the lazy dog".split():
    window.append(word)
print(list(window), deque("abcdef", 2))
