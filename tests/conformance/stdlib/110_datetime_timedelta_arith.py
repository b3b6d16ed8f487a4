# timedelta arithmetic: normalization of negative parts, str and repr, integer
# multiplication and division, floor division, modulo, divmod, abs and comparisons.
from datetime import timedelta

samples = [
    timedelta(0),
    timedelta(1),
    timedelta(days=1, seconds=3600),
    timedelta(hours=-1),
    timedelta(microseconds=-1),
    timedelta(seconds=-0.5),
    timedelta(days=-2, seconds=5, microseconds=7),
    timedelta(weeks=3, minutes=90),
    timedelta(days=-1, seconds=86399),
]
for td in samples:
    print(repr(td), "|", str(td), "|", td.days, td.seconds, td.microseconds, "|",
          td.total_seconds(), bool(td))

a = timedelta(hours=10, minutes=30)
b = timedelta(minutes=45)
print(a + b, a - b, b - a, -a, +b, abs(b - a))
print(a * 3, 3 * a, a * -2, a * 0)
print(a / 4, a // 4, a / 7, a // 7, (-a) // 7)
print(a / b, a // b, a % b, divmod(a, b))
print((-a) / b, (-a) // b, (-a) % b, divmod(-a, b))
print(timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2,
      timedelta(microseconds=-5) / 2)
print(timedelta(seconds=7) / timedelta(seconds=2), timedelta(seconds=7) // timedelta(seconds=2))

print(a > b, a < b, a == timedelta(minutes=630), a != b, a >= a, b <= a)
print(timedelta(1) == 1, timedelta(1) != "x")
print(sorted([timedelta(1), timedelta(-1), timedelta(0), timedelta(hours=5)]))
print(sum([timedelta(minutes=m) for m in (15, 30, 45)], timedelta()))
print(max(samples), min(samples))
print(timedelta.max, repr(timedelta.max))
print(timedelta.min, repr(timedelta.min))
print(timedelta.resolution, repr(timedelta.resolution))
print(len({timedelta(1), timedelta(hours=24), timedelta(seconds=86400)}))

for label, op in [("td / 0", lambda: a / 0),
                  ("td // 0", lambda: a // 0), ("td % zero", lambda: a % timedelta(0)),
                  ("td / zero", lambda: a / timedelta(0)),
                  ("td // zero", lambda: a // timedelta(0)),
                  ("overflow", lambda: timedelta.max + timedelta.resolution),
                  ("underflow", lambda: timedelta.min - timedelta(1)),
                  ("times big", lambda: timedelta(days=500000000) * 2)]:
    try:
        op()
    except (TypeError, ZeroDivisionError, OverflowError) as exc:
        print(label, type(exc).__name__, exc)
