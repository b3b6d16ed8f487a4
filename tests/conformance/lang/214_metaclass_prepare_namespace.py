# __prepare__: the class body runs in the mapping the metaclass returns (a logging dict
# subclass here), keywords reach __prepare__, __new__ and __init__, names resolve through the
# mapping then globals, and a metaclass may be any callable.
class LoggingNS(dict):
    def __init__(self):
        super().__init__()
        self.log = []
    def __setitem__(self, key, value):
        self.log.append(key)
        super().__setitem__(key, value)
    def __getitem__(self, key):
        return super().__getitem__(key)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return LoggingNS()
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, ns.log, type(ns).__name__)
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.log if not k.startswith("__")]
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)

class A(metaclass=Meta, color="red"):
    x = 1
    def f(self): return x
    y = x + 1
    z: int = 3
    del x

print(A.order, A.y, A.__annotations__, hasattr(A, "x"))
print(type(A).__name__, A.__class__.__name__, isinstance(A, Meta), isinstance(A, type))

class B(A):
    w = 5
print(B.order, type(B) is Meta)

class Undef(metaclass=Meta):
    try:
        print(missing_name)
    except NameError as e:
        print("NameError:", e)
    print(len)

def func_meta(name, bases, ns, **kw):
    print("func_meta", name, bases, sorted(ns), kw)
    return (name, kw)

class NotAClass(metaclass=func_meta, flavor="x"):
    a = 1
print(NotAClass)
