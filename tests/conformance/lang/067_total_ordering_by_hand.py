class Ordered:
    """Define __eq__ and __lt__, derive the rest by hand."""

    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Ordered) and self.v == other.v

    def __lt__(self, other):
        return self.v < other.v

    def __le__(self, other):
        return self < other or self == other

    def __gt__(self, other):
        return not (self <= other)

    def __ge__(self, other):
        return not (self < other)

    __hash__ = None

    def __repr__(self):
        return f"O({self.v})"


x, y, z = Ordered(1), Ordered(2), Ordered(1)
for l, r in [(x, y), (y, x), (x, z)]:
    print(l, r, l < r, l <= r, l > r, l >= r, l == r, l != r)
print(sorted([Ordered(5), Ordered(-1), Ordered(3)]))
print(sorted([Ordered(5), Ordered(-1), Ordered(3)], reverse=True))


class OnlyLt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("  __lt__ called", self.v, other.v)
        return self.v < other.v


a, b = OnlyLt(1), OnlyLt(2)
print(b > a)
print(a > b)
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
try:
    hash(x)
except TypeError as e:
    print("TypeError:", e)
