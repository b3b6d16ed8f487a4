# __set_name__ runs on the namespace's descriptors in definition order, after the class
# exists and before the parent's __init_subclass__; an error in it becomes 3.11's
# RuntimeError with the cause. __class_getitem__ subscripts a class and its subclasses.
class Field:
    def __init__(self, default):
        self.default = default
        print("Field created", default)

    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name, name in owner.__dict__)
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value


class Base:
    def __init_subclass__(cls, **kw):
        fields = [k for k, v in cls.__dict__.items() if isinstance(v, Field)]
        print("init_subclass", cls.__name__, fields)


class Model(Base):
    zeta = Field(0)
    alpha = Field("a")
    plain = 5


m = Model()
m.alpha = "changed"
print(m.zeta, m.alpha, Model.alpha.name, Model.zeta.name)


class Late:
    pass


f = Field(9)
Late.added = f
print(hasattr(f, "name"))


class Generic:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


class Sub(Generic):
    pass


print(Generic[int], Generic["x"], Generic[1, 2], Sub[str])


class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)


try:
    class Holder:
        first = Field(1)
        q = Bad()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
