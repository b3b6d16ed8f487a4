class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("  suppressing", et.__name__, ev)
            self.caught = ev
            return True
        return False

with Suppress(ZeroDivisionError) as s:
    print("before")
    1 / 0
    print("not reached")
print("after, caught:", type(s.caught).__name__)

try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped:", e)

with Suppress(LookupError):
    [][1]
print("IndexError suppressed via LookupError")

class Truthy:
    def __enter__(self): pass
    def __exit__(self, *a): return "non-empty string"

with Truthy():
    raise RuntimeError("gone")
print("truthy return suppresses too")

def f():
    for i in range(3):
        with Suppress(ValueError):
            if i == 1:
                raise ValueError(i)
            print("iteration", i)
    return "finished"

print(f())

class ReplaceExc:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        raise TypeError("replaced in __exit__")

try:
    with ReplaceExc():
        raise ValueError("orig")
except TypeError as e:
    print(e, "| context:", repr(e.__context__))
