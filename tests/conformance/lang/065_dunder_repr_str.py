class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"


p = Point(1, "two")
print(p)
print(repr(p))
print(str(p))
print([p, p])
print(f"{p} {p!r}")
print("%s %r" % (p, p))
print({"k": p})


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr<>"


o = OnlyRepr()
print(o, str(o), [o])


class OnlyStr:
    def __str__(self):
        return "just str"


print(str(OnlyStr()), format(OnlyStr()))


class Fmt:
    def __format__(self, spec):
        return f"Fmt[{spec}]"


print(f"{Fmt():>10}", format(Fmt(), "xyz"), "{:abc}".format(Fmt()))


class BadRepr:
    def __repr__(self):
        return 5


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
