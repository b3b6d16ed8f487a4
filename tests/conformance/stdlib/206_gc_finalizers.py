# Finalisers of objects in unreachable cycles: __del__ runs once for each, in the order
# CPython calls them, before the cycle is broken; a finaliser that stores its object
# somewhere resurrects it.
import gc


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "sees", self.next.name if hasattr(self, "next") else None)


a, b, c = Res("a"), Res("b"), Res("c")
a.next = b
b.next = c
c.next = a
del a, b, c
print("before collect")
print("found", gc.collect())
print("after collect")

# A finaliser on one member of a pair; the other has none.
class Plain:
    pass

p = Plain()
r = Res("r")
p.r = r
r.next = p
p.name = "p"
del p, r
print("found", gc.collect())

# Resurrection: the finaliser keeps its object alive; it is not finalised again.
saved = []


class Phoenix:
    def __init__(self):
        self.me = self

    def __del__(self):
        print("phoenix __del__")
        saved.append(self)


ph = Phoenix()
del ph
print("first", gc.collect() >= 1, len(saved))
print("second", gc.collect(), len(saved))
saved.clear()
print("third", gc.collect())
print("saved", saved)

# A finaliser that raises is reported and the collection goes on.
class Bad:
    def __init__(self):
        self.me = self

    def __del__(self):
        raise ValueError("oops")


bad = Bad()
del bad
print("bad", gc.collect())
print("end")
