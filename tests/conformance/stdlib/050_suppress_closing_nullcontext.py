from contextlib import suppress, closing, nullcontext

with suppress(ZeroDivisionError):
    1 / 0
print("suppressed")
with suppress(KeyError, IndexError):
    [][0]
print("suppressed index")
try:
    with suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)


with closing(Resource("db")) as r:
    print("using", r.name)
with nullcontext("value") as v:
    print(v)
with nullcontext() as nothing:
    print(nothing)


def process(data, lock=None):
    with lock if lock is not None else nullcontext():
        return sum(data)


print(process([1, 2, 3]))
