from datetime import timedelta, date, datetime, time, timezone, tzinfo
def show(f):
    try:
        r = f()
        print(repr(r))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
td = timedelta(1)
d = date(2020, 1, 2)
dt = datetime(2020, 1, 2, 3, 4)
t = time(1, 2)
tz = timezone.utc
show(lambda: td + 1)
show(lambda: 1 + td)
show(lambda: td * "x")
show(lambda: "x" + td)
show(lambda: td < 1)
show(lambda: 1 > td)
show(lambda: d < td)
show(lambda: d - 1)
show(lambda: dt + dt)
show(lambda: t + td)
show(lambda: t < 3)
show(lambda: td ** 2)
show(lambda: td @ td)
show(lambda: -t)
show(lambda: format(td, "x"))
show(lambda: f"{td:>10}")
show(lambda: format(tz, "x"))
show(lambda: td.nope)
show(lambda: timedelta.nope)
show(lambda: dt.nope)
show(lambda: iter(td))
show(lambda: len(d))
show(lambda: td[0])
show(lambda: next(d))
show(lambda: tz.nope)
show(lambda: [] + [td] + td)
show(lambda: "a" + d)
show(lambda: divmod(d, 2))
print(type(td).__name__, timedelta.__name__, timedelta.__qualname__, repr(timedelta), "__tp_name__" in timedelta.__dict__)
class MyDelta(timedelta):
    pass
class MyDate(date):
    pass
show(lambda: MyDelta(1) + 1)
show(lambda: MyDate(2020, 1, 1) < 5)
show(lambda: MyDelta(1).nope)
class Plain:
    pass
show(lambda: Plain() + 1)
show(lambda: Plain() < Plain())
show(lambda: Plain().x)
show(lambda: format(Plain(), "x"))
show(lambda: timedelta[int])
show(lambda: hash([td]))
show(lambda: td())
show(lambda: {}[[]])
def setit():
    td[0] = 1
show(setit)
def delit():
    del td[0]
show(delit)
