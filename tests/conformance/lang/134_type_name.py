values = [1, 1.5, 1j, True, None, "s", b"b", bytearray(b"x"), [1], (1,), {1: 2}, {1}, frozenset(),
          range(1), slice(1), len, lambda: 0, print, type, object(), ValueError(), iter([]), (x for x in [])]
for v in values:
    print(type(v).__name__)


class Custom:
    class Inner:
        pass

    def method(self):
        return 1


print(type(Custom()).__name__, type(Custom).__name__, type(Custom.Inner()).__name__)
print(Custom.Inner.__qualname__, Custom.__module__)
print(type(1) is int, type("a") == str, type(type(1)).__name__)


def f():
    pass


print(type(f).__name__, f.__name__, type(Custom.method).__name__)
print(type(Custom().method).__name__, type([].append).__name__)
print(int.__name__, str.__name__, type(None).__name__, NotImplemented, Ellipsis, ...)
Dyn = type("Dyn", (object,), {"x": 5})
print(Dyn.__name__, Dyn().x, type(Dyn()).__name__)
