from collections import deque

full = deque([1, 2], maxlen=2)
cases = [
    ("pop empty", lambda: deque().pop()),
    ("popleft empty", lambda: deque().popleft()),
    ("index out of range", lambda: deque([1])[5]),
    ("remove missing", lambda: deque([1]).remove(9)),
    ("index missing", lambda: deque([1]).index(9)),
    ("insert full", lambda: full.insert(0, 5)),
    ("negative maxlen", lambda: deque(maxlen=-1)),
    ("concat list", lambda: deque([1]) + [2]),
    ("slice", lambda: deque([1, 2])[0:1]),
]
for label, fn in cases:
    try:
        print(label, "->", fn())
    except (IndexError, ValueError, TypeError) as e:
        print(label, "!!", type(e).__name__, e)
