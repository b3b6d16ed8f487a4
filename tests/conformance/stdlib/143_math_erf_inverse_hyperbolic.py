# math.erf and erfc (the normal distribution's tails; printed to 12 places, since ours
# and glibc's can differ in the last digit), and the inverse hyperbolic functions with
# their domain errors.
import math

for x in (0.0, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0, -1.0):
    print(x, round(math.erf(x), 12), round(math.erfc(x), 12))
print(round(0.5 * math.erfc(-1.96 / math.sqrt(2)), 6), "of a normal lies below 1.96")
for x in (0.0, 0.5, 1.0, 2.0, 10.0, -3.0):
    print("asinh", x, math.asinh(x))
for x in (1.0, 1.5, 2.0, 10.0, 1e6):
    print("acosh", x, math.acosh(x))
for x in (0.0, 0.25, -0.5, 0.9):
    print("atanh", x, math.atanh(x))
for f, bad in ((math.acosh, 0.5), (math.atanh, 1.0), (math.atanh, -2.0)):
    try:
        f(bad)
    except ValueError as e:
        print(f.__name__, bad, "ValueError:", e)
print(math.erf(float("inf")), math.erfc(float("-inf")), math.isnan(math.erf(float("nan"))))
