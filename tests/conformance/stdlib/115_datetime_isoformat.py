# isoformat with its separators and timespecs, str(), and the forms fromisoformat
# accepts in 3.11 (calendar and week dates, basic and extended times, offsets, Z).
from datetime import date, datetime, time, timedelta, timezone

dt = datetime(2024, 1, 2, 3, 4, 5, 600)
aware = dt.replace(tzinfo=timezone(timedelta(hours=-3, minutes=-30)))
for spec in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"):
    print(spec, dt.isoformat(timespec=spec), aware.isoformat(" ", spec),
          time(23, 59).isoformat(spec))
print(dt.isoformat("_"), str(dt), str(aware), str(dt.replace(microsecond=0)))
print(datetime(2024, 1, 2, tzinfo=timezone(timedelta(seconds=-1))).isoformat())
print(datetime(2024, 1, 2, tzinfo=timezone(timedelta(seconds=30, microseconds=1))))
print(date(5, 6, 7).isoformat(), time(7).isoformat(), str(time(7, 8, 9, 10)))

for label, op in [("timespec", lambda: dt.isoformat(timespec="days")),
                  ("sep", lambda: dt.isoformat(sep="--")),
                  ("time timespec", lambda: time(1).isoformat("nanoseconds"))]:
    try:
        print(label, op())
    except (TypeError, ValueError) as exc:
        print(label, type(exc).__name__, exc)

for text in ["2024-01-02", "20240102", "2024-W01", "2024-W01-2", "2024W012", "2020-W53-7",
             "2024-01-02T03", "2024-01-02 03:04", "2024-01-02T0304", "20240102T030405",
             "2024-01-02T03:04:05.1", "2024-01-02T03:04:05,123456789",
             "2024-01-02T03:04:05Z", "2024-01-02T03:04:05+01", "2024-01-02T03:04:05-0130",
             "2024-01-02T03:04:05+05:30:15.5", "2024-01-02T03:04:05.123+00:00",
             "2024-01-02x03:04", "2024-W01-1T03", "2024-01", "2024", "2024-1-2",
             "2024-01-02T", "2024-01-02T03:04:05 ", "2024-01-02T03:04:05z",
             "2024-01-02T3:04", "2024-01-02T03:04:05+1", "2024-W53", "2024-13-01",
             "2024-02-30", "2024-01-02T24:00", "2024-01-02T03:04:05+24:00"]:
    try:
        print(repr(text), repr(datetime.fromisoformat(text)))
    except ValueError as exc:
        print(repr(text), "ValueError", exc)

for text in ["03", "0304", "03:04:05.5", "T03:04", "03:04:05+01:00", "030405.5Z",
             "3:04", "03:04.5", "03:0405", "", "03:60"]:
    try:
        print(repr(text), repr(time.fromisoformat(text)))
    except ValueError as exc:
        print(repr(text), "ValueError", exc)

for text in ["2024-01-02", "2024W011", "2024-01-02T00", "2024-W01-8"]:
    try:
        print(repr(text), repr(date.fromisoformat(text)))
    except ValueError as exc:
        print(repr(text), "ValueError", exc)
try:
    datetime.fromisoformat(20240102)
except TypeError as exc:
    print("TypeError", exc)

for value in (dt, aware, datetime(1, 1, 1), datetime.max):
    assert datetime.fromisoformat(value.isoformat()) == value
    assert datetime.fromisoformat(str(value)) == value
print("round trips ok")
