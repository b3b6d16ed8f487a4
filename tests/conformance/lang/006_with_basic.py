class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False


with CM("a") as v:
    print("body", v)

with CM("outer") as o, CM("inner") as i:
    print("both", o, i)

with CM("noas"):
    print("no target")

try:
    with CM("err") as v:
        print("about to fail")
        raise ValueError("boom")
    print("not reached")
except ValueError as e:
    print("propagated", e)


def func():
    with CM("ret"):
        return "returned value"


print(func())

for n in range(3):
    with CM(str(n)):
        if n == 1:
            continue
        print("loop body", n)

with (CM("p1") as a, CM("p2") as b):
    print("parenthesized", a, b)
