print(round(2.675, 2), round(2.665, 2), round(1.005, 2))
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5))
print(round(3.14159, 3), round(3.14159, 0), round(3.14159))
print(type(round(3.7)).__name__, type(round(3.7, 0)).__name__)
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(5, 0), round(7))
print(round(0.125, 2), round(0.375, 2), round(-2.5))
print(round(1e20 + 0.5), round(123.456, 5))
print(round(2.5000001), round(-3.7), round(0.1 + 0.2, 10))
print(round(float("inf"), 2), round(-0.0, 1))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(f"{2.675:.2f}", f"{0.5:.0f}", f"{1.5:.0f}", f"{2.5:.0f}")
print("%.1f %.1f %.1f" % (0.25, 0.35, 0.45))
