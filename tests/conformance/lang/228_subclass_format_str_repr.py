class P(tuple):
    def __repr__(self):
        return f"P{tuple(self)!r}"
class L(list):
    def __repr__(self):
        return "L<" + ",".join(map(str, self)) + ">"
class D(dict):
    def __repr__(self):
        return "D!" + str(len(self))
class I(int):
    def __repr__(self):
        return f"I({int(self)})"
class F(float):
    def __repr__(self):
        return "F~"
class S(str):
    def __repr__(self):
        return "S~"
class PS(tuple):
    def __str__(self):
        return "str-of-PS"
class Plain(tuple):
    pass
for x in [P((1, 2)), L([3, 4]), D(a=1), I(5), F(2.5), S("hi"), PS((1,)), Plain((7, 8))]:
    print(type(x).__name__, f"{x}", format(x, ""), str(x), repr(x), "{}".format(x), "%s" % (x,), f"{x!r}", f"{x!s}")
    print([x], (x,), {1: x})
print(f"{I(5):03d}", format(I(255), "x"), f"{F(2.5):.3f}", f"{S('hi'):>5}|", format(I(5), ">4"))
for x, spec in [(P((1,)), "x"), (L([1]), ">3"), (D(), "d"), (Plain(()), "s")]:
    try:
        format(x, spec)
    except TypeError as e:
        print("TypeError:", e)
import enum
class Color(enum.IntEnum):
    RED = 1
print(f"{Color.RED}", format(Color.RED, ""), str(Color.RED), f"{Color.RED:>5}", f"{Color.RED:d}")
class Pt(tuple):
    def __repr__(self):
        return "Pt" + super().__repr__()
    def __format__(self, spec):
        return "fmt:" + spec
print(f"{Pt((1,))}", f"{Pt((1,)):abc}", str(Pt((1, 2))))
