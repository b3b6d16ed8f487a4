# Choosing the metaclass: the most derived of the explicit one and the bases' wins,
# unrelated ones are a metaclass conflict; type() and metaclasses called with three
# arguments, and CPython's errors for bad arguments to type and __prepare__.
class M1(type): pass
class M2(type): pass
class M3(M1): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
class C(metaclass=M3): pass
try:
    class D(A, B): pass
except TypeError as e:
    print("TypeError:", e)
class E(A, C): pass
print(type(E).__name__)
class F(C, A): pass
print(type(F).__name__)
try:
    class G(A, metaclass=M2): pass
except TypeError as e:
    print("TypeError:", e)
class H(A, metaclass=type): pass
print(type(H).__name__)

X = type("X", (A,), {"v": 1})
print(type(X).__name__, X.v, X.__mro__)
Y = M1("Y", (), {"w": 2})
print(type(Y).__name__, Y.w, Y.__module__)
try:
    type("Z", (), {}, 5)
except TypeError as e:
    print("TypeError:", e)
for args in [(5, (), {}), ("Z", 5, {}), ("Z", (), 5)]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    M1("only")
except TypeError as e:
    print("TypeError:", e)
try:
    type.__new__(int, "x", (), {})
except TypeError as e:
    print("TypeError:", e)
try:
    class P(type):
        def __prepare__(name, bases):
            return 42
    class Q(metaclass=P): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class R(5): pass
except TypeError as e:
    print("TypeError:", e)
print(type(type), type(M1), type(A) is M1, isinstance(A, M1), isinstance(A, M2), issubclass(M3, M1))
print(isinstance(A, type), isinstance(M1, type), issubclass(M1, type))
