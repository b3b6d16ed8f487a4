# What a few natives take and give, as CPython's do: SystemExit.code and OSError's fields
# from their arguments, yield from's result from StopIteration.value, send() and other
# one-argument methods' counts, ExceptionGroup.split's condition, a module function's
# __self__ and __module__, a property's doc from its getter, a metaclass __repr__ bound once.
import sys, math, types

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

# SystemExit.code and StopIteration.value come from the arguments
show(lambda: SystemExit().code)
show(lambda: SystemExit(3).code)
show(lambda: SystemExit(1, 2).code)
# OSError reads errno/strerror/filename only from 2 to 5 arguments
show(lambda: (OSError(1, 'x').errno, OSError(1, 'x').strerror))
show(lambda: (OSError(1, 'x', 'f').filename, OSError(1, 'x', 'f').args))
e6 = OSError(1, 'x', 'f', 5, 'g', 6)
show(lambda: (e6.errno, e6.strerror, e6.filename, e6.args))

# yield from / await take StopIteration's value attribute
class Stop(StopIteration):
    def __init__(self):
        super().__init__(1)
        self.value = 5
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise Stop()
def outer():
    r = yield from It()
    return r
g = outer()
try:
    next(g)
except StopIteration as e:
    print("yield from gave", e.value)

# send and friends take exactly one argument
def gen():
    yield 1
g = gen()
next(g)
show(lambda: g.send())
show(lambda: g.send(1, 2))
async def co():
    pass
c = co()
show(lambda: c.send())
c.close()
async def agen():
    yield 1
ag = agen()
show(lambda: ag.asend())
show(lambda: "a".format_map())
show(lambda: "".translate())
show(lambda: sys.intern())
show(lambda: sys.intern(1))
show(lambda: sys.intern("ab"))
show(lambda: Exception().add_note())
eg = ExceptionGroup("m", [ValueError(1)])
show(lambda: eg.split())
show(lambda: eg.subgroup())

# a builtin's __self__ is its module
print(len.__self__, math.sqrt.__self__.__name__)
print(len.__module__, math.sqrt.__module__)
print([].append.__self__, type("a".upper.__self__).__name__)

# property's doc comes from its getter
def getter(self):
    "the doc"
    return 1
print(property(getter).__doc__, property(getter, doc="own").__doc__, property().__doc__)

# a metaclass __repr__ descriptor is bound once
class D:
    n = 0
    def __get__(self, obj, cls):
        D.n += 1
        return lambda: "R"
class M(type):
    __repr__ = D()
class C(metaclass=M):
    pass
print(repr(C), D.n)
show(lambda: eg.split(None))
show(lambda: eg.split(int))
show(lambda: eg.subgroup((ValueError, 1)))
print(eg.split(lambda e: True)[0] is not None, eg.subgroup((ValueError,)).exceptions)
