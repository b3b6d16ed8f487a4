# datetime arithmetic and comparison: adding and subtracting timedeltas across month,
# year and leap-day boundaries, differences, and the naive/aware rules.
from datetime import date, datetime, time, timedelta, timezone

start = datetime(2024, 2, 28, 23, 30)
for step in (timedelta(minutes=45), timedelta(days=1), timedelta(days=-59),
             timedelta(seconds=-1), timedelta(weeks=52), timedelta(microseconds=1)):
    print(repr(start + step), start - step, step + start)

print(datetime(2024, 3, 1) - datetime(2024, 2, 1))
print(datetime(2024, 1, 1) - datetime(2024, 1, 1, 0, 0, 0, 1))
print(datetime(2025, 1, 1, 12) - datetime(2024, 1, 1, 6, 30))
print(datetime.max - datetime.min, datetime.min - datetime.max)

ist = timezone(timedelta(hours=5, minutes=30))
utc_noon = datetime(2024, 6, 1, 12, tzinfo=timezone.utc)
ist_noon = datetime(2024, 6, 1, 12, tzinfo=ist)
same_instant = datetime(2024, 6, 1, 17, 30, tzinfo=ist)
print(utc_noon - ist_noon, ist_noon - utc_noon)
print(utc_noon == same_instant, utc_noon < ist_noon, ist_noon < utc_noon)
print(same_instant + timedelta(hours=1))
print(hash(utc_noon) == hash(same_instant))
print(len({utc_noon, same_instant, ist_noon}))

naive = datetime(2024, 6, 1, 12)
print(naive == utc_noon, naive != utc_noon)
for label, op in [("naive < aware", lambda: naive < utc_noon),
                  ("naive - aware", lambda: naive - utc_noon),
                  ("aware >= naive", lambda: utc_noon >= naive),
                  ("datetime < date", lambda: naive < date(2024, 6, 1)),
                  ("date > datetime", lambda: date(2024, 6, 1) > naive),
                  ("naive time < aware time", lambda: time(1) < time(1, tzinfo=timezone.utc)),
                  ("past max", lambda: datetime.max + timedelta(microseconds=1)),
                  ("before min", lambda: datetime.min - timedelta(days=1))]:
    try:
        print(label, op())
    except (TypeError, OverflowError) as exc:
        print(label, type(exc).__name__, exc)

print(naive == date(2024, 6, 1), date(2024, 6, 1) == naive, naive.date() == date(2024, 6, 1))
print(time(12, tzinfo=timezone.utc) == time(17, 30, tzinfo=ist))
print(time(12) == time(12, tzinfo=timezone.utc), time(9) < time(10), time(1) == 1)
events = [datetime(2024, 5, d, h) for d, h in ((3, 9), (1, 17), (3, 8), (2, 0))]
print(sorted(events))
print(max(events) - min(events))
print([e.strftime("%a %H:%M") for e in sorted(events, reverse=True)])
