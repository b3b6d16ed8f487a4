for n in [0, 7, 255, -255, 1234567, 2 ** 40]:
    print(f"{n:d}|{n:x}|{n:X}|{n:#x}|{n:o}|{n:#o}|{n:b}|{n:#b}|{n:,}|{n:_}|{n:+d}|{n: d}")
print(f"{255:08b}|{255:#010x}|{5:03d}|{-5:03d}|{5:+04d}")
print(f"{1234567:_x}|{0xFFFFFFFF:_X}|{1234:,d}")
print(f"{65:c}|{0x263A:c}")
print(f"{42:e}|{42:.1f}|{42:%}|{7:g}")
print(f"{10**25:,}")
print(f"{-1:x}|{-1:#b}")
try:
    f"{3:s}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{3.5:d}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{'s':d}"
except ValueError as e:
    print("ValueError:", e)
print(format(255, "x"), format(-255, "#X"), format(3, "^7b"))
