import random

cases = [
    ("randrange(0)", lambda: random.randrange(0)),
    ("randrange(5, 5)", lambda: random.randrange(5, 5)),
    ("randrange(1, 10, 0)", lambda: random.randrange(1, 10, 0)),
    ("randint(5, 1)", lambda: random.randint(5, 1)),
    ("choice([])", lambda: random.choice([])),
    ("sample too big", lambda: random.sample([1, 2], 3)),
    ("sample set", lambda: random.sample({1, 2}, 1)),
    ("choices mismatch", lambda: random.choices([1, 2], [1])),
    ("choices k positional", lambda: random.choices([1, 2], 2)),
    ("choices zero weights", lambda: random.choices([1, 2], [0, 0])),
    ("both weights", lambda: random.choices([1], weights=[1], cum_weights=[1])),
    ("getrandbits(-1)", lambda: random.getrandbits(-1)),
    ("seed(list)", lambda: random.seed([1])),
    ("shuffle tuple", lambda: random.shuffle((1, 2))),
]
for label, fn in cases:
    try:
        print(label, "->", fn())
    except (ValueError, TypeError, IndexError) as e:
        print(label, "!!", type(e).__name__, e)
