import math

for x in [8.0, 0.3, -3.5, 0.0, 1e-310, 1e300]:
    m, e = math.frexp(x)
    print(x, m, e, math.ldexp(m, e) == x)
print(math.modf(3.75), math.modf(-2.5), math.modf(-2.0), math.modf(math.inf))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5.5, 2), -7 % 3)
print(math.ldexp(1, -1074), math.ldexp(1, 1023), math.ldexp(0.75, 3))
print(math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.ulp(1.0), math.ulp(1e300))
print(math.copysign(0.0, -1), math.fabs(-0.0))
