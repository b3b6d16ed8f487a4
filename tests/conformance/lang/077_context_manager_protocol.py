class Tracked:
    depth = 0

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        Tracked.depth += 1
        print("  " * Tracked.depth + "enter " + self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("  " * Tracked.depth + "exit " + self.name,
              et.__name__ if et else None, str(ev) if ev else None,
              tb is not None)
        Tracked.depth -= 1

with Tracked("outer"):
    with Tracked("inner") as t:
        print("name:", t.name)

try:
    with Tracked("a"), Tracked("b"):
        raise KeyError("oops")
except KeyError as e:
    print("caught", repr(e))

class ReturnsOther:
    def __enter__(self):
        return 42

    def __exit__(self, *args):
        print("exit args len", len(args))

with ReturnsOther() as v:
    print("v =", v)

class NoExit:
    def __enter__(self):
        return self

try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__)

def gen_flow():
    for i in range(3):
        with Tracked(f"loop{i}"):
            if i == 1:
                return "returned at 1"

print(gen_flow())
