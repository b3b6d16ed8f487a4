# Classes and modules take part in cycles like any object: a class made in a function,
# whose methods use super() (a cell refers back to it) or whose attribute is an instance
# of it, is freed by gc.collect() once nothing refers to it. At exit, globals go first,
# then a last collection finalises what cycles held, as CPython's shutdown does.
import gc
import types
import weakref


def make_classes():
    class Base:
        def hello(self):
            return "base"

    class Child(Base):
        def hello(self):
            return "child of " + super().hello()

    Child.default = Child()

    class Alone:
        pass

    Alone.me = Alone
    print(Child().hello(), Alone.me is Alone)
    return weakref.ref(Base), weakref.ref(Child), weakref.ref(Alone)


refs = make_classes()
print("alive before collecting:", [r() is not None for r in refs])
gc.collect()
print("alive after collecting:", [r() is not None for r in refs])


def make_module():
    m = types.ModuleType("scratch")
    exec("def get():\n    return get\nclass K:\n    pass\nK.k = K()\n", m.__dict__)
    return weakref.ref(m.K), m.get() is m.get


k_ref, same = make_module()
gc.collect()
print("module's class gone:", k_ref() is None, same)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("finalised", self.name)


class Holder:
    pass


plain = Noisy("a global")
cycle = Holder()
cycle.me = cycle
cycle.noisy = Noisy("held by a cycle")
print("end of program")
