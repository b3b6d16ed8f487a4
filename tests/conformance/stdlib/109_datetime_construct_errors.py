# Constructing dates, times, datetimes and timedeltas: defaults, keywords, reprs, and the
# range checks with CPython's messages.
from datetime import date, time, datetime, timedelta, timezone, MINYEAR, MAXYEAR


def attempt(label, make):
    try:
        print(label, "->", repr(make()))
    except (TypeError, ValueError, OverflowError) as exc:
        print(label, "->", type(exc).__name__ + ":", exc)


print(MINYEAR, MAXYEAR)
attempt("date", lambda: date(2024, 2, 29))
attempt("date kw", lambda: date(day=5, month=6, year=2023))
attempt("time()", lambda: time())
attempt("time(9)", lambda: time(9))
attempt("time(9, 30, 15)", lambda: time(9, 30, 15))
attempt("time us", lambda: time(9, 30, 0, 250))
attempt("time fold", lambda: time(1, 2, 3, fold=1))
attempt("time tz fold", lambda: time(1, 2, tzinfo=timezone.utc, fold=1))
attempt("datetime", lambda: datetime(2024, 1, 2))
attempt("datetime min", lambda: datetime(2024, 1, 2, 3, 4))
attempt("datetime s", lambda: datetime(2024, 1, 2, 3, 4, 5))
attempt("datetime us", lambda: datetime(2024, 1, 2, 3, 4, 5, 600000))
attempt("datetime tz", lambda: datetime(2024, 1, 2, 3, 4, tzinfo=timezone.utc))
attempt("datetime fold tz", lambda: datetime(2024, 1, 2, 3, fold=1,
                                              tzinfo=timezone(timedelta(hours=1), "X")))
print()
attempt("year 0", lambda: date(0, 1, 1))
attempt("year 10000", lambda: date(10000, 1, 1))
attempt("month 13", lambda: date(2024, 13, 1))
attempt("month 0", lambda: datetime(2024, 0, 1))
attempt("Feb 29 2023", lambda: date(2023, 2, 29))
attempt("Apr 31", lambda: datetime(2024, 4, 31))
attempt("hour 24", lambda: datetime(2024, 1, 1, 24))
attempt("minute 60", lambda: time(1, 60))
attempt("second 60", lambda: time(1, 1, 60))
attempt("microsecond", lambda: time(1, 1, 1, 1000000))
attempt("negative hour", lambda: time(-1))
attempt("fold 2", lambda: datetime(2024, 1, 1, fold=2))
attempt("tzinfo int", lambda: time(tzinfo=5))
attempt("tzinfo str", lambda: datetime(2024, 1, 1, tzinfo="UTC"))
attempt("float year", lambda: date(2024.0, 1, 1))
attempt("str month", lambda: date(2024, "1", 1))
attempt("missing day", lambda: date(2024, 1))
attempt("missing month", lambda: datetime(2024))
attempt("missing all", lambda: date())
attempt("huge", lambda: date(2**40, 1, 1))
print()
attempt("timedelta()", lambda: timedelta())
attempt("timedelta kw", lambda: timedelta(weeks=1, days=1, hours=1, minutes=1, seconds=1,
                                           milliseconds=1, microseconds=1))
attempt("negative seconds", lambda: timedelta(seconds=-1))
attempt("too many days", lambda: timedelta(days=1000000000))
attempt("too few days", lambda: timedelta(days=-1000000000))
attempt("str days", lambda: timedelta(days="1"))
attempt("list hours", lambda: timedelta(hours=[1]))
attempt("bool days", lambda: timedelta(True))
attempt("inf", lambda: timedelta(float("inf")))
attempt("nan", lambda: timedelta(seconds=float("nan")))
