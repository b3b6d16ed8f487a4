print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("1010", 2), int("0b1010", 0))
print(int("z", 36), int("Zz", 36), int("10", 3))
print(int("  42  "), int("-17"), int("+5"), int("1_000"))
print(int("0"), int("00"), int("-0"))
print(int(3.99), int(-3.99), int(True), int("12", 10))
for bad, base in [("12", 2), ("0x10", 10), ("", 10), ("1.5", 10), ("08", 0), ("1__0", 10)]:
    try:
        int(bad, base)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int("10", 37)
except ValueError as e:
    print("ValueError:", e)
print(int("-0b101", 0), int("0_7", 0) if False else int("07", 8))
print(hex(int("deadbeef", 16)))
print(int("123456789" * 3))
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
