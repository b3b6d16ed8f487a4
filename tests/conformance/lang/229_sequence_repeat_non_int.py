class A:
    pass
class N:
    def __index__(self):
        return 2
class T(tuple):
    pass
class L(list):
    pass
class S(str):
    pass
class R:
    def __rmul__(self, other):
        return "R.__rmul__"
class M:
    def __mul__(self, other):
        return NotImplemented
seqs = ["ab", b"ab", bytearray(b"ab"), [1], (1,), T((1,)), L([1]), S("s")]
others = [A(), 2.5, "x", [2], (3,), None, 1j, M(), {}, N(), 2, True]
def show(f):
    try:
        print(repr(f()))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for s in seqs:
    for o in others:
        show(lambda: s * o)
        show(lambda: o * s)
for s in seqs:
    for o in [A(), 2.5, "x", N(), 3]:
        def inplace():
            x = s
            x *= o
            return x
        show(inplace)
show(lambda: "ab" * R())
show(lambda: A() * A())
show(lambda: A() * 2)
show(lambda: 2.5 * 3j)
show(lambda: range(3) * 2)
show(lambda: 2 * range(3))
show(lambda: {1} * 2)
show(lambda: {1: 2} * 2)
show(lambda: "ab" * 10**30)
show(lambda: "" * 10**30)
show(lambda: [1] * -10**30)
show(lambda: b"a" * 10**30)
show(lambda: (1,) * -2**63)
show(lambda: bytearray(b"x") * -(10**20))
x = L([1, 2])
y = x
x *= 2
print(x is y, type(x).__name__, x)
x *= N()
print(x is y, x)
b = bytearray(b"ab")
c = b
b *= 3
print(b is c, b)
t = T((1,))
u = t
t *= 2
print(t is u, type(t).__name__, t)
s = S("q")
s *= 3
print(type(s).__name__, s)
class I(int):
    pass
print("ab" * I(2), I(3) * [0], (I(2) * (1, 2)), bytearray(b"z") * I(2))
class BadIndex:
    def __index__(self):
        return 1.5
show(lambda: "ab" * BadIndex())
show(lambda: 1.5 * "ab")
