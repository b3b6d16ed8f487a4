# Fixed-offset time zones, converting between them, and a tzinfo subclass of our own
# with daylight saving time (the fromutc algorithm of the tzinfo base class).
import datetime as datetime_module
from datetime import datetime, time, timedelta, timezone, tzinfo

zones = [timezone.utc, timezone(timedelta(0)), timezone(timedelta(0), "UTC"),
         timezone(timedelta(hours=1)), timezone(timedelta(hours=-5), "EST"),
         timezone(timedelta(hours=5, minutes=30)), timezone(-timedelta(minutes=1)),
         timezone(timedelta(seconds=3601, microseconds=5)), timezone.min, timezone.max]
for tz in zones:
    print(repr(tz), str(tz), tz.tzname(None), tz.utcoffset(None), tz.dst(None))
print(timezone(timedelta(0)) is timezone.utc, timezone.utc == zones[2])
print(datetime_module.UTC is timezone.utc, "UTC" in datetime_module.__all__,
      isinstance(timezone.utc, tzinfo), type(timezone.utc), type(datetime.now(timezone.utc)))
print(timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "CET"))
print(len({timezone(timedelta(hours=2)), timezone(timedelta(hours=2), "EET")}))

moment = datetime(2024, 3, 10, 6, 30, tzinfo=timezone.utc)
for tz in zones[3:7]:
    local = moment.astimezone(tz)
    print(local, local.tzname(), local.utcoffset(), local == moment)
print(moment.astimezone(timezone.utc) is moment)
print(moment.astimezone())
print(datetime(2024, 3, 10, 6, 30).astimezone(timezone(timedelta(hours=2))))
print(timezone.utc.fromutc(datetime(2024, 1, 1, tzinfo=timezone.utc)))
print(time(8, 15, tzinfo=zones[4]).utcoffset(), time(8, 15, tzinfo=zones[4]).tzname())
print(datetime(2024, 1, 1).utcoffset(), datetime(2024, 1, 1).tzname(),
      datetime(2024, 1, 1).dst())

for label, op in [("offset int", lambda: timezone(3600)),
                  ("offset a day", lambda: timezone(timedelta(hours=24))),
                  ("name int", lambda: timezone(timedelta(0), 5)),
                  ("name None", lambda: timezone(timedelta(hours=1), None)),
                  ("utcoffset(5)", lambda: timezone.utc.utcoffset(5)),
                  ("fromutc naive", lambda: timezone.utc.fromutc(datetime(2024, 1, 1))),
                  ("fromutc int", lambda: timezone.utc.fromutc(1)),
                  ("astimezone int", lambda: moment.astimezone(1))]:
    try:
        print(label, op())
    except (TypeError, ValueError) as exc:
        print(label, type(exc).__name__, exc)


def first_sunday_on_or_after(dt):
    return dt + timedelta(days=(6 - dt.weekday()) % 7)


class USEastern(tzinfo):
    """Eastern time with the US rules since 2007."""

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start = first_sunday_on_or_after(datetime(dt.year, 3, 8, 2))
        end = first_sunday_on_or_after(datetime(dt.year, 11, 1, 1))
        naive = dt.replace(tzinfo=None)
        return timedelta(hours=1) if start <= naive < end else timedelta(0)

    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"

    def __repr__(self):
        return "USEastern()"


eastern = USEastern()
for hour in range(5, 9):
    utc = datetime(2024, 3, 10, hour, tzinfo=timezone.utc)
    local = utc.astimezone(eastern)
    print(utc.time(), "->", local, local.tzname(), repr(local.dst()))
summer = datetime(2024, 7, 4, 12, tzinfo=eastern)
print(summer, summer.tzname(), summer.timetuple().tm_isdst, summer.utctimetuple())
print(repr(summer), summer.astimezone(timezone.utc))
print(datetime(2024, 1, 1, tzinfo=eastern).timetuple().tm_isdst)


class Broken(tzinfo):
    def utcoffset(self, dt):
        return 60


for label, op in [("bad utcoffset", lambda: datetime(2024, 1, 1, tzinfo=Broken()).utcoffset()),
                  ("abstract tzname", lambda: tzinfo().tzname(None)),
                  ("abstract dst", lambda: datetime(2024, 1, 1, tzinfo=tzinfo()).dst())]:
    try:
        print(label, op())
    except (TypeError, NotImplementedError) as exc:
        print(label, type(exc).__name__, exc)
