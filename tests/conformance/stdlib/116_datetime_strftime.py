# strftime and format(): every common directive, glibc's flags and widths, the ones
# CPython fills in itself (%f, %z, %Z), and directives on date and time objects.
from datetime import date, datetime, time, timedelta, timezone

moments = [datetime(2024, 3, 5, 14, 7, 9, 1234),
           datetime(2023, 1, 1, 0, 0, 0, tzinfo=timezone.utc),
           datetime(1999, 12, 31, 23, 59, 59, 999999,
                    tzinfo=timezone(timedelta(hours=-8), "PST")),
           datetime(2020, 12, 27, 12, 30, tzinfo=timezone(timedelta(hours=5, minutes=45))),
           datetime(5, 6, 7, 8, 9, 10)]
directives = ["%Y", "%y", "%C", "%m", "%d", "%e", "%j", "%H", "%I", "%k", "%l", "%M", "%S",
              "%f", "%p", "%P", "%a", "%A", "%b", "%B", "%h", "%w", "%u", "%U", "%W", "%G",
              "%g", "%V", "%z", "%Z", "%c", "%x", "%X", "%D", "%F", "%T", "%R", "%r", "%s",
              "%%"]
for d in directives:
    print(d.ljust(3), " | ".join(repr(m.strftime(d)) for m in moments))

m = moments[0]
print(m.strftime("%-m/%-d/%Y %-I:%M %p"), m.strftime("%_d|%_m|%_H|%-j"))
print(m.strftime("%^a %^B %#a %#p %10A| %-10B| %05d %3j %1d"))
print(m.strftime("%Ey %EY %Od %OH"), m.strftime("%Q %5Q %-f %10f"))
print(m.strftime("week %U/%W, ISO %G-W%V-%u, day %j of %Y"))
print(repr(m.strftime("")), repr(m.strftime("%")), repr(m.strftime("100%% at %H%%")))
print(repr(m.strftime("%n|%t")), m.strftime("plain text"))
print(date(2024, 7, 14).strftime("%A %d %B %Y, %H:%M:%S %z%Z"))
print(time(9, 5, 7, 42).strftime("%H:%M:%S.%f %I%p %Y-%m-%d %a %j"))
print(time(23, 1, tzinfo=timezone(timedelta(hours=2), "CEST")).strftime("%H:%M %Z %z"))
print(m.ctime(), date(2024, 7, 4).ctime(), datetime(1, 1, 1).ctime())

print(format(m, "%d.%m.%Y"), format(m, ""), format(date(2024, 7, 4), ""),
      format(time(6, 30), ""), format(time(6, 30), "%I:%M %p"))
print(f"{m:%Y-%m-%d}", f"{m}", f"{date(2024, 7, 4):%a %d}", f"{time(18):%H}h")
print("{:%H:%M}".format(m), "{0:%B} {0.day}".format(m))
print(f"{m.isocalendar()}")
for label, op in [("bad format", lambda: m.strftime(5)),
                  ("format spec", lambda: format(m, 5)),
                  ("none", lambda: date.today().strftime(None))]:
    try:
        print(label, op())
    except TypeError as exc:
        print(label, type(exc).__name__, exc)
