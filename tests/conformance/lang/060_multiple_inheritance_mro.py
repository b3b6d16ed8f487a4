class A:
    def who(self):
        return "A"

class B(A):
    def who(self):
        return "B>" + super().who()

class C(A):
    def who(self):
        return "C>" + super().who()

class D(B, C):
    def who(self):
        return "D>" + super().who()

print(D().who())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])

class X: pass
class Y: pass
class Z(X, Y): pass

print([k.__name__ for k in Z.__mro__])

class Left:
    attr = "left"

class Right:
    attr = "right"
    only_right = "R"

class Both(Left, Right):
    pass

print(Both.attr, Both.only_right)

try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)

class M1:
    def hello(self):
        return "M1"

class M2(M1): pass

class M3(M1):
    def hello(self):
        return "M3"

class M4(M2, M3): pass

print(M4().hello(), [k.__name__ for k in M4.__mro__])
