# Weak references to objects in a cycle: their callbacks run when gc.collect() frees
# the cycle. Suspended generators caught in a cycle are closed (their finally blocks
# run) before the cycle is broken.
import gc
import weakref


class Obj:
    def __init__(self, name):
        self.name = name


def gone(ref):
    print("callback: a referent went", ref() is None)


a = Obj("a")
b = Obj("b")
a.b = b
b.a = a
ra = weakref.ref(a, gone)
rb = weakref.ref(b)
del a, b
print("alive:", ra() is not None, rb() is not None)
gc.collect()
print("after collect:", ra(), rb())

# A WeakValueDictionary entry goes when its value's cycle is collected.
cache = weakref.WeakValueDictionary()
o = Obj("cached")
o.me = o
cache["k"] = o
del o
print("cached:", list(cache.keys()))
gc.collect()
print("cached after:", list(cache.keys()))


# A generator in a cycle with its own frame's local.
def gen(box):
    try:
        yield 1
        yield 2
    finally:
        print("generator finally, box has", len(box))


box = []
g = gen(box)
box.append(g)
print(next(g))
del g, box
print("before collect")
gc.collect()
print("after collect")

# A generator that never started has nothing to close.
def gen2(box):
    yield box

box = []
g = gen2(box)
box.append(g)
del g, box
gc.collect()
print("end")
