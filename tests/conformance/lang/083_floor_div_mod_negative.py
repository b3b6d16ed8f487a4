pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 5), (-1, 5)]
for a, b in pairs:
    print(a, b, "//", a // b, "%", a % b, "divmod", divmod(a, b))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.5, 1)]:
    print(a, b, a // b, a % b)
print(-7 / 2, 7 / -2, -8 / 2)
print(int(-7 / 2), int(-3.9), int(3.9))
print((-7) // 2 * 2 + (-7) % 2)
print(-(2 ** 70) // 3, -(2 ** 70) % 3)
print(5 % -3, -5 % 3, -5 % -3)
print(10 % 1, -10 // 1)
for a, b in [(1, 0), (1.0, 0), (1, 0.0)]:
    try:
        a // b
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        a % b
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(3, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
