import math

for deg in [0, 30, 45, 60, 90, 180, 270]:
    r = math.radians(deg)
    print(deg, r, round(math.sin(r), 12), round(math.cos(r), 12))
print(math.tan(math.pi / 4), math.atan(1), math.atan2(1, -1), math.atan2(-0.0, -1))
print(math.asin(1), math.acos(0), math.acos(-1), math.degrees(math.acos(-1)))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.degrees(1), math.radians(57.29577951308232))
