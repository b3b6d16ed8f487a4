# POSIX timestamps: fromtimestamp (local time is UTC in both runs' zones here),
# utcfromtimestamp, timestamp(), their rounding; and the clock readers now(), today()
# and utcnow(), whose values this program never prints.
import time
from datetime import date, datetime, timedelta, timezone

for ts in (0, 1, 86399.5, 1e9, 1704164645.25, -1, -0.5, 0.0000005, 0.0000015,
           1.0000005, -86400 * 365.25, 253402300799):
    print(ts, repr(datetime.utcfromtimestamp(ts)),
          repr(datetime.fromtimestamp(ts, timezone.utc)),
          repr(date.fromtimestamp(abs(ts))))
print(datetime.fromtimestamp(1e9, timezone(timedelta(hours=-4), "EDT")))
print(datetime.fromtimestamp(0, tz=timezone(timedelta(hours=9))))

for value in (datetime(1970, 1, 1, tzinfo=timezone.utc), datetime(2024, 1, 1, tzinfo=timezone.utc),
              datetime(2024, 1, 1, 2, tzinfo=timezone(timedelta(hours=2))),
              datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=timezone.utc),
              datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=timezone.utc),
              datetime(1, 1, 1, tzinfo=timezone.utc)):
    print(value, value.timestamp())

for label, op in [("nan", lambda: datetime.fromtimestamp(float("nan"))),
                  ("huge", lambda: datetime.utcfromtimestamp(1e20)),
                  ("year 33658", lambda: datetime.utcfromtimestamp(1e12)),
                  ("string", lambda: datetime.fromtimestamp("0")),
                  ("tz int", lambda: datetime.fromtimestamp(0, 1)),
                  ("date nan", lambda: date.fromtimestamp(float("nan")))]:
    try:
        print(label, op())
    except (ValueError, OverflowError, TypeError) as exc:
        print(label, type(exc).__name__, exc)

now = datetime.now()
utc_now = datetime.now(timezone.utc)
print(type(now).__name__, now.tzinfo, utc_now.tzinfo, type(datetime.today()).__name__,
      type(date.today()).__name__, datetime.utcnow().tzinfo)
print(abs(now - datetime.today()) < timedelta(seconds=5),
      abs(utc_now.timestamp() - time.time()) < 5,
      abs(datetime.fromtimestamp(time.time(), timezone.utc) - utc_now) < timedelta(seconds=5))
print(now.year >= 2024, 1 <= now.month <= 12, isinstance(now.microsecond, int))
print(utc_now.utcoffset(), utc_now.tzname(), utc_now.astimezone(timezone.utc) == utc_now)
later = now + timedelta(hours=1)
print(later > now, later - now, (later - now).total_seconds())
