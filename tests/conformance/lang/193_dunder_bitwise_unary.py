class Bits:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Bits({self.v:#06b})"

    def __and__(self, o):
        return Bits(self.v & o.v)

    def __or__(self, o):
        return Bits(self.v | o.v)

    def __xor__(self, o):
        return Bits(self.v ^ o.v)

    def __lshift__(self, n):
        return Bits((self.v << n) & 0xF)

    def __rshift__(self, n):
        return Bits(self.v >> n)

    def __invert__(self):
        return Bits(~self.v & 0xF)

    def __rand__(self, other):
        return Bits(other & self.v)

    def __int__(self):
        return self.v

    def __index__(self):
        return self.v


a, b = Bits(0b1100), Bits(0b1010)
print(a & b, a | b, a ^ b)
print(a << 1, a >> 2, ~a, ~~a)
print(0b0110 & a, int(a), bin(b), hex(a))
print(list(range(20))[a], "abcdefghijklmnop"[b])
x = Bits(1)
x <<= 3
x |= Bits(1)
x ^= Bits(0b1111)
print(x)
try:
    a | 1
except AttributeError:
    print("AttributeError from int operand")
try:
    1 | a
except TypeError as e:
    print("TypeError:", e)
