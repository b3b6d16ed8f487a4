# date's calendar: ordinals, weekdays, ISO calendar weeks, replace, date arithmetic with
# timedeltas (whole days only) and the range limits.
from datetime import date, timedelta

days = [date(2024, 1, 1), date(2024, 2, 29), date(2023, 12, 31), date(2020, 12, 31),
        date(2021, 1, 3), date(2026, 1, 1), date(1, 1, 1), date(9999, 12, 31),
        date(1900, 3, 1), date(2000, 2, 29)]
for d in days:
    iso = d.isocalendar()
    print(d, repr(d), d.toordinal(), d.weekday(), d.isoweekday(), iso, tuple(iso),
          iso.year, iso.week, iso.weekday, d.ctime())
    assert date.fromordinal(d.toordinal()) == d
    assert date.fromisocalendar(*iso) == d

print(date.fromordinal(1), date.fromordinal(738886), date.fromordinal(3652059))
print(date.fromisocalendar(2024, 1, 1), date.fromisocalendar(2020, 53, 7))
print(date.min, date.max, date.resolution)

d = date(2024, 1, 31)
print(d.replace(day=15), d.replace(year=2023), d.replace(2025, 2, 28))
print(d + timedelta(days=1), d - timedelta(days=31), timedelta(days=366) + d)
print(d + timedelta(hours=25), d - timedelta(hours=1), d + timedelta(seconds=-1))
print(date(2024, 3, 1) - date(2024, 2, 1), date(2024, 1, 1) - date(2025, 1, 1))
print(d == date(2024, 1, 31), d < date(2024, 2, 1), d > date(2023, 12, 31), d != d)
print(sorted(days)[:3], max(days))
print(len({date(2024, 1, 1), date(2024, 1, 1), date(2024, 1, 2)}))
print(d.year, d.month, d.day, d.timetuple())
print(d.timetuple().tm_yday, date(2024, 12, 31).timetuple().tm_yday)

# A month calendar: the weeks of February 2024, Monday first.
first = date(2024, 2, 1)
start = first - timedelta(days=first.weekday())
for week in range(5):
    row = []
    for k in range(7):
        day = start + timedelta(days=7 * week + k)
        row.append(f"{day.day:2d}" if day.month == 2 else "  ")
    print(" ".join(row))

for label, op in [("past max", lambda: date.max + timedelta(days=1)),
                  ("before min", lambda: date.min - timedelta(days=1)),
                  ("ordinal 0", lambda: date.fromordinal(0)),
                  ("ordinal too big", lambda: date.fromordinal(3652060)),
                  ("week 54", lambda: date.fromisocalendar(2024, 54, 1)),
                  ("week 53 of 2024", lambda: date.fromisocalendar(2024, 53, 1)),
                  ("day 8", lambda: date.fromisocalendar(2024, 1, 8)),
                  ("year 0", lambda: date.fromisocalendar(0, 1, 1)),
                  ("replace month", lambda: d.replace(month=13)),
                  ("replace day", lambda: d.replace(month=2))]:
    try:
        print(label, op())
    except (ValueError, OverflowError) as exc:
        print(label, type(exc).__name__, exc)
