# __init_subclass__ with keyword arguments, and __class_getitem__ for subscripting a class.
class Base:
    subclasses = []

    def __init_subclass__(cls, /, kind="plain", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.kind = kind
        Base.subclasses.append(cls.__name__)


class A(Base):
    pass


class B(Base, kind="fancy"):
    pass


class C(B):
    pass


print(Base.subclasses, A.kind, B.kind, C.kind)

try:
    class D(Base, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"


print(Box[int], Box["x"])
print(list[int], dict[str, int], tuple[int, ...])
print(list[int] == list[int], list[int]().__class__ is list)
alias = dict[str, list[int]]
print(alias.__origin__, alias.__args__)
