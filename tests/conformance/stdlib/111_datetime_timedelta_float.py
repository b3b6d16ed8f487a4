# timedelta with float arguments and float factors: CPython rounds leftover
# microseconds half to even, and multiplies or divides by a float exactly.
from datetime import timedelta

print(timedelta(1.5))
print(timedelta(seconds=1.1), timedelta(seconds=-1.1))
print(repr(timedelta(microseconds=0.5)), repr(timedelta(microseconds=1.5)),
      repr(timedelta(microseconds=2.5)), repr(timedelta(microseconds=-2.5)))
print(repr(timedelta(milliseconds=0.0015)), repr(timedelta(milliseconds=-0.5)))
print(repr(timedelta(hours=0.1, minutes=0.1)), repr(timedelta(weeks=1.5)))
print(repr(timedelta(days=0.5, seconds=0.5, microseconds=0.5)))
print(repr(timedelta(minutes=1.5, seconds=-0.25)))
print(repr(timedelta(days=1e-6)), repr(timedelta(seconds=1 / 3)))

hour = timedelta(hours=1)
for factor in (0.5, 1.1, 2.5, -0.3, 1 / 3, 1e-7, 0.0):
    print(factor, hour * factor, factor * hour)
for divisor in (0.5, 3.0, 7.0, -2.5, 1e6):
    print(divisor, hour / divisor)
print(timedelta(microseconds=1) / 3.0, timedelta(microseconds=3) * 0.5)
print(timedelta(microseconds=5) * 0.5, timedelta(microseconds=7) * 0.5)

for td in (timedelta(days=123456, microseconds=789), timedelta(days=-200000, seconds=1),
           timedelta.max, timedelta.min, timedelta(microseconds=-1)):
    print(td.total_seconds())
big = timedelta(days=300000, microseconds=1)
print(big / timedelta(microseconds=7), big / timedelta(days=3))

for label, op in [("td * inf", lambda: hour * float("inf")),
                  ("td / 0.0", lambda: hour / 0.0)]:
    try:
        print(label, op())
    except (TypeError, ZeroDivisionError, OverflowError, ValueError) as exc:
        print(label, type(exc).__name__, exc)
