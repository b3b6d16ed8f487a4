for n in [0, 1, 7, 8, 255, 256, -1, -255, 2 ** 64]:
    print(n, hex(n), oct(n), bin(n))
print(int(hex(48879), 16), int(oct(511), 8), int(bin(37), 2))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)


class Idx:
    def __index__(self):
        return 42


print(hex(Idx()), bin(Idx()), oct(Idx()), list(range(50))[Idx()])
print(0x1F, 0o17, 0b101, 0XAB, 0O7, 0B1, 1_0_0)
print(format(10, "#06b"), format(10, "x"), f"{10:#o}")
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xff", "big", signed=True))
