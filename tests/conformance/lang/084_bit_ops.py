a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, ~0, ~-1)
print(a << 2, a >> 2, 1 << 0, 255 >> 10)
print(-8 >> 1, -1 >> 10, -5 << 2, -5 & 0xFF, -1 & 0xFFFF)
print(bin(a & b), bin(a | b), bin(a ^ b))
print((5).bit_length(), (0).bit_length(), (-5).bit_length(), (2 ** 100).bit_length())
print(bin(-10), hex(-255), oct(-8))
print(0xFF ^ 0x0F, 0o17 | 0b1, 1_000_000 & 0xFFF)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(~True, -True, True << 3)
x = 0
for bit in [0, 3, 5]:
    x |= 1 << bit
print(x, bin(x), [i for i in range(8) if x >> i & 1])
print(bin(x).count("1"))
print((2 ** 70 | 1) & 0xF, (2 ** 70) ^ (2 ** 70))
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 & 1
except TypeError as e:
    print("TypeError:", e)
print(6 & 3 | 8 ^ 1, 6 & (3 | 8) ^ 1)
