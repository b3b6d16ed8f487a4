# Subclasses keep their class through arithmetic and the alternate constructors, reprs
# name them, and copy, deepcopy, replace and combine behave as CPython's.
import copy
from datetime import date, datetime, time, timedelta, timezone


class Day(date):
    def label(self):
        return self.strftime("%a %d %b")


class Stamp(datetime):
    def __str__(self):
        return "Stamp " + self.isoformat(timespec="minutes")


class Span(timedelta):
    pass


d = Day(2024, 5, 17)
print(repr(d), d.label(), type(d + timedelta(1)).__name__, (d + timedelta(1)).label())
print(type(d - timedelta(7)).__name__, type(d - date(2024, 1, 1)).__name__)
print(type(Day.fromordinal(1)).__name__, type(Day.fromisoformat("2024-05-17")).__name__,
      type(Day.fromisocalendar(2024, 1, 1)).__name__, type(d.replace(day=1)).__name__)
print(type(Day.today()).__name__, isinstance(d, date), d == date(2024, 5, 17))

s = Stamp(2024, 5, 17, 9, 30)
print(repr(s), str(s), type(s + timedelta(minutes=5)).__name__, s + timedelta(minutes=5))
print(type(Stamp.now()).__name__, type(Stamp.fromisoformat("2024-05-17T09:30")).__name__,
      type(Stamp.strptime("2024", "%Y")).__name__, type(Stamp.utcfromtimestamp(0)).__name__,
      type(Stamp.combine(date(2024, 1, 1), time(5))).__name__)
print(type(s.astimezone(timezone.utc)).__name__, type(s.date()).__name__,
      type(s.replace(hour=1)).__name__)

span = Span(hours=2)
print(repr(span), type(span + timedelta(1)).__name__, type(-span).__name__,
      type(span * 2).__name__, span == timedelta(hours=2))

things = [datetime(2024, 1, 2, 3, 4, 5, 6, tzinfo=timezone(timedelta(hours=1), "A")),
          date(2024, 1, 2), time(3, 4, tzinfo=timezone.utc, fold=1),
          timedelta(days=-1, microseconds=5), timezone(timedelta(minutes=-90)),
          timezone.utc]
for thing in things:
    shallow, deep = copy.copy(thing), copy.deepcopy(thing)
    print(repr(deep), shallow == thing, deep == thing, type(deep).__name__)
print(copy.deepcopy(timezone.utc) is timezone.utc)

dt = datetime(2024, 1, 31, 12, tzinfo=timezone.utc)
print(dt.replace(tzinfo=None), dt.replace(month=2, day=29), dt.replace(fold=1).fold)
print(repr(dt.time()), repr(dt.timetz()), repr(dt.date()))
print(datetime.combine(date(2024, 1, 1), time(1, 2, tzinfo=timezone.utc)))
print(datetime.combine(date(2024, 1, 1), time(1, 2, tzinfo=timezone.utc), tzinfo=None))
print(datetime.combine(dt, time(6)), repr(time(1).replace(minute=5, fold=1)))
for label, op in [("replace day", lambda: dt.replace(month=2)),
                  ("replace fold", lambda: dt.replace(fold=2)),
                  ("replace tz", lambda: dt.replace(tzinfo="UTC")),
                  ("combine", lambda: datetime.combine(1, time())),
                  ("combine time", lambda: datetime.combine(date.today(), None))]:
    try:
        print(label, op())
    except (ValueError, TypeError) as exc:
        print(label, type(exc).__name__, exc)
