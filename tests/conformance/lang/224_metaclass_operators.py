# Operators on classes go through the metaclass: == and != from a metaclass __eq__ (which
# makes its classes unhashable), __hash__, |, and metaclass classmethods; metaclasses on
# exception, list-subclass and __slots__ classes, and nested classes' qualnames.
class EqMeta(type):
    def __eq__(cls, other):
        return getattr(other, "key", None) == cls.key
    __hash__ = type.__hash__
    def __or__(cls, other):
        return f"{cls.__name__}|{other.__name__}"
    @classmethod
    def make(mcls, name):
        return mcls(name, (), {"key": name})
class A(metaclass=EqMeta):
    key = "k"
class B(metaclass=EqMeta):
    key = "k"
print(A == B, A != B, A | B, EqMeta.make("Z").key, {A: 1}[A])
print(sorted(k for k in vars(EqMeta) if not k.startswith("__")))
print(type.__name__, type.__qualname__, EqMeta.__name__, EqMeta.__base__.__name__)
class WithDoc(metaclass=EqMeta):
    "docstring here"
    key = 1
print(WithDoc.__doc__, WithDoc.__module__)
class Outer:
    class Inner(metaclass=EqMeta):
        key = 2
print(Outer.Inner.__qualname__, type(Outer.Inner).__name__)
class M(type):
    counter = 0
    def __init__(cls, *a, **k):
        M.counter += 1
        super().__init__(*a, **k)
class X(metaclass=M): pass
class Y(X): pass
class Z(Y): pass
print(M.counter, [type(c).__name__ for c in (X, Y, Z)])
print(isinstance(X(), X), type(X()).__name__)
class Slotted(metaclass=M):
    __slots__ = ("a",)
s = Slotted(); s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError:", e)
class ExcMeta(type): pass
class MyErr(Exception, metaclass=ExcMeta): pass
try:
    raise MyErr("boom")
except MyErr as e:
    print("caught", e, type(type(e)).__name__)
class ListMeta(type): pass
class MyList(list, metaclass=ListMeta): pass
ml = MyList([3, 1, 2]); ml.sort()
print(ml, len(ml), type(MyList).__name__)
try:
    hash(ml)
except TypeError as e:
    print("TypeError:", e)
class LowerEq(type):
    def __eq__(cls, other):
        return cls.__name__.lower() == other.__name__.lower()
class Aa(metaclass=LowerEq): pass
try:
    hash(Aa)
except TypeError as e:
    print("TypeError:", e)
class HM(type):
    def __hash__(cls):
        return 42
class Bb(metaclass=HM): pass
print(hash(Bb), {Bb: 1}[Bb], hash(int) == hash(int))
