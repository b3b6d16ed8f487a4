import enum
class I(int):
    pass
class F(float):
    pass
class P(enum.IntEnum):
    A = 1
    B = 2
class M(enum.IntFlag):
    R = 4
    W = 2
x = I(7)
print(int(x), type(int(x)).__name__, float(x), format(x, "05d"), f"{x:x}", x.__index__(), int(x, ) + 1)
import operator
print(operator.index(x), hex(x), bin(x), oct(x), [10, 20, 30, 40, 50, 60, 70, 80][x])
print(int(P.B), float(P.B), operator.index(P.B), format(P.B, "d"), f"{P.A:>4}", hex(M.R | M.W), int(M.R | M.W))
y = F(2.5)
print(int(y), float(y), type(float(y)).__name__, format(y, ".2f"), round(y))
print(int(True), float(False), int(P.A) + 0)
print(range(P.B), list(range(P.B)), "ab" * P.B, divmod(I(7), 2), I(7) ** 2, abs(I(-3)))
print(-I(3), ~I(3), +I(3), type(+I(3)).__name__, -F(2.5), +F(2.5), abs(F(-1.5)), type(-F(1.0)).__name__)
print(round(F(2.675), 2), round(I(1234), -2), round(number=F(0.5)), divmod(F(7.5), 2), divmod(7, I(2)))
class J(int):
    def __int__(self):
        return 42
    def __index__(self):
        return 99
print(int(J(3)), float(J(3)), hex(J(3)), [0, 1, 2, 3, 4][J(3)])
class S(str):
    pass
class BS(bytes):
    pass
print(int(S("12")), float(S("1.5")), int(BS(b"77")), int(S("ff"), 16))
class G(float):
    def __float__(self):
        return 9.5
print(float(G(1.0)), int(G(1.7)), format(G(1.25), ".1f"))
for bad in [object(), [1], None]:
    for fn in (int, float, hex, abs, round):
        try:
            fn(bad)
        except TypeError as e:
            print(fn.__name__, "TypeError:", e)
print(hash(I(5)) == hash(5), hash(F(2.5)) == hash(2.5), {I(1): "a"}[1], {1: "b"}[P.A])
