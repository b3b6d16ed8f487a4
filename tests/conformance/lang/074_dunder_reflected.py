class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __add__(self, other):
        print("  __add__", other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        print("  __radd__", other)
        return self.__add__(other)

    def __rsub__(self, other):
        return Money(other - self.cents)

    def __rmul__(self, k):
        return Money(self.cents * k)

m = Money(100)
print(m + 5)
print(5 + m)
print(m + Money(1))
print(sum([Money(1), Money(2), Money(3)]))
print(1000 - m)
print(3 * m)
try:
    m + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" + m
except TypeError as e:
    print("TypeError:", e)

class Base:
    def __add__(self, o):
        return "Base.__add__"

class Sub(Base):
    def __radd__(self, o):
        return "Sub.__radd__"

print(Base() + Sub())
print(Sub() + Base())

class Num:
    def __rpow__(self, base):
        return f"{base} ** Num"

    def __rtruediv__(self, o):
        return f"{o} / Num"

print(2 ** Num(), 7 / Num())
