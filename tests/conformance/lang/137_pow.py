print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-8, 1 / 3) == (-8) ** (1 / 3))
print(pow(3, 4, 5), pow(2, 100, 1000007), pow(10, 20, 7), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(7, -1, 11), (7 * pow(7, -1, 11)) % 11, pow(2, 0, 1))
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -2)
print(0 ** 0, 0.0 ** 0, 1 ** 1000, (-1) ** 1001)
print(4 ** 0.5, 27 ** (1 / 3), 10 ** 0.0)
print(pow(base=2, exp=5), pow(2, 5, mod=3))
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(type(2 ** 2).__name__, type(2 ** -2).__name__, type((-1) ** 0.5).__name__)
print(pow(12345678901234567890, 3, 98765432109876543210))
