inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, -nan)
print(inf + 1, inf - inf, inf * 0, inf / inf, 1 / inf, -1 / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan)
print(nan < 1, nan > 1, nan is nan)
print(-0.0, 0.0, -0.0 == 0.0, str(-0.0), repr(-0.0))
print(0.0 * -1, -0.0 + 0.0, abs(-0.0), -(0.0))
print(1e308 * 10, -1e308 * 10)
print(max(1, inf), min(-inf, 0))
print(float("-0"), round(-0.4), round(-0.4, 1))
print(inf // 1, inf % 2 != inf % 2)
print(sorted([3.0, -inf, inf, 0.0]))
print(int(1e18), int(-1e18), int(1.5e20))
print(1e16 + 1 == 1e16, 2 ** 53 + 1.0 == 2 ** 53)
print(type(inf).__name__, float(inf) is not None)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    1.0 / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(1e-320 / 10, 5e-324 / 2)
