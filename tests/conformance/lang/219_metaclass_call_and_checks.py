# A metaclass __call__ wraps instance creation (super().__call__ runs __new__ and
# __init__; a __new__ returning another type skips __init__), and __instancecheck__ and
# __subclasscheck__ decide isinstance and issubclass.
class Counted(type):
    def __call__(cls, *args, **kwargs):
        cls.made = getattr(cls, "made", 0) + 1
        print("making", cls.__name__, args, kwargs)
        obj = super().__call__(*args, **kwargs)
        print("made", type(obj).__name__)
        return obj

class Point(metaclass=Counted):
    def __init__(self, x, y=0):
        self.x, self.y = x, y

p = Point(1, y=2)
q = Point(3)
print(p.x, p.y, q.x, Point.made)

class NoInit(metaclass=Counted):
    def __new__(cls, v):
        print("new", v)
        return 42
print(NoInit(7))

class Checker(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")

class Duck(metaclass=Checker): pass
class Mallard:
    def quack(self): pass
print(isinstance(Mallard(), Duck), isinstance(3, Duck), issubclass(Mallard, Duck), issubclass(int, Duck))
print(isinstance(Duck(), Duck))
