"""What datetime's types share, and the types that need nothing else: argument checks
and messages as CPython's C implementation (_datetime) words them, rounding helpers,
timedelta, tzinfo and timezone. The datetime module re-exports them; their __module__
is "datetime", as it is in CPython.
"""

import math as _math
from _datetime_text import days_in_month as _days_in_month, ymd_to_ord as _ymd_to_ord

MINYEAR = 1
MAXYEAR = 9999
_MAX_ORDINAL = 3652059
_EPOCH_ORDINAL = 719163
_US_PER_DAY = 86_400_000_000
_MAX_DAYS = 999999999
_MISSING = object()

# The names C gives these types in messages and reprs; filled in at the end.
_C_NAMES = {}


def _tname(obj):
    cls = type(obj)
    return _C_NAMES.get(cls, cls.__name__)


def _c_int(value):
    """An argument converted as C's "i" format does."""
    if isinstance(value, int):
        value = int(value)
    elif isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    else:
        index = getattr(type(value), "__index__", None)
        if index is None:
            raise TypeError(f"'{_tname(value)}' object cannot be interpreted as an integer")
        value = index(value)
    if value > 2147483647 or value < -2147483648:
        if -9223372036854775808 <= value <= 9223372036854775807:
            side = "greater than maximum" if value > 0 else "less than minimum"
            raise OverflowError(f"signed integer is {side}")
        raise OverflowError("Python int too large to convert to C long")
    return value


def _required(values, names):
    for pos, (value, name) in enumerate(zip(values, names)):
        if value is _MISSING:
            raise TypeError(f"function missing required argument '{name}' (pos {pos + 1})")


def _check_date(year, month, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")


def _check_time(hour, minute, second, microsecond, fold):
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                        f"not type '{_tname(tz)}'")


def _checked_offset(offset, method):
    """A tzinfo method's result, checked as C checks it."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError(f"tzinfo.{method}() must return None or timedelta, "
                        f"not '{_tname(offset)}'")
    if not -_US_PER_DAY < offset._us() < _US_PER_DAY:
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24)"
                         f" and timedelta(hours=24), not {offset!r}.")
    return offset


def _call_offset(tz, method, arg):
    if tz is None:
        return None
    return _checked_offset(getattr(tz, method)(arg), method)


def _call_tzname(tz, arg):
    if tz is None:
        return None
    name = tz.tzname(arg)
    if name is not None and not isinstance(name, str):
        raise TypeError(f"tzinfo.tzname() must return None or a string, not '{_tname(name)}'")
    return name


def _offset_text(offset, sep):
    """+HH<sep>MM[<sep>SS[.ffffff]] of an offset, or '' for None."""
    if offset is None:
        return ""
    us = offset._us()
    sign = "+"
    if us < 0:
        sign = "-"
        us = -us
    seconds, micro = divmod(us, 1_000_000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = f"{sign}{hours:02d}{sep}{minutes:02d}"
    if seconds or micro:
        text += f"{sep}{seconds:02d}"
        if micro:
            text += f".{micro:06d}"
    return text


def _clock_text(hour, minute, second, micro, timespec):
    if timespec == "auto":
        timespec = "microseconds" if micro else "seconds"
    if timespec == "hours":
        return f"{hour:02d}"
    if timespec == "minutes":
        return f"{hour:02d}:{minute:02d}"
    if timespec == "seconds":
        return f"{hour:02d}:{minute:02d}:{second:02d}"
    if timespec == "milliseconds":
        return f"{hour:02d}:{minute:02d}:{second:02d}.{micro // 1000:03d}"
    if timespec == "microseconds":
        return f"{hour:02d}:{minute:02d}:{second:02d}.{micro:06d}"
    raise ValueError("Unknown timespec value")


def _argname(obj):
    """A type's name as C's argument parser words it, which calls None "None"."""
    return "None" if obj is None else _tname(obj)


def _check_str(value, what):
    if not isinstance(value, str):
        raise TypeError(f"{what} must be str, not {_argname(value)}")


def _format_fields(year, month, day, hour, minute, second, micro, offset_obj, zone):
    ordinal = _ymd_to_ord(year, month, day)
    return {
        "year": year, "month": month, "day": day, "hour": hour, "minute": minute,
        "second": second, "microsecond": micro, "weekday": (ordinal + 6) % 7,
        "yday": ordinal - _ymd_to_ord(year, 1, 1) + 1,
        "offset": _offset_text(offset_obj, ""),
        "zone": zone or "",
    }


def _c_round(x):
    """C's round(): halves away from zero."""
    whole = _math.floor(abs(x))
    if abs(x) - whole >= 0.5:
        whole += 1
    return float(whole) if x >= 0 else -float(whole)


def _true_div(a, b):
    """a / b for ints, correctly rounded as CPython rounds it (Loopscope's int division
    goes through floats, which loses the last bit past 2**53)."""
    if -2**53 <= a <= 2**53 and -2**53 <= b <= 2**53:
        return a / b
    if b == 0:
        raise ZeroDivisionError("division by zero")
    negative = (a < 0) != (b < 0)
    a, b = abs(a), abs(b)
    shift = max(0, 66 - (a.bit_length() - b.bit_length()))
    q, r = divmod(a << shift, b)
    if r:
        q |= 1
    result = _math.ldexp(float(q), -shift)
    return -result if negative else result


def _divide_nearest(a, b):
    """a / b rounded to the nearest int, halves to even."""
    q, r = divmod(a, b)
    twice = 2 * r
    if (twice > b if b > 0 else twice < b) or (twice == b and q % 2 == 1):
        q += 1
    return q


# ---- timedelta --------------------------------------------------------------------

_TD_UNITS = (("microseconds", 1), ("milliseconds", 1000), ("seconds", 1_000_000),
             ("minutes", 60_000_000), ("hours", 3_600_000_000),
             ("days", _US_PER_DAY), ("weeks", 7 * _US_PER_DAY))


class timedelta:
    """A duration: days, seconds and microseconds, normalized."""
    __tp_name__ = "datetime.timedelta"  # CPython's name for it in messages

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0,
                hours=0, weeks=0):
        given = {"microseconds": microseconds, "milliseconds": milliseconds,
                 "seconds": seconds, "minutes": minutes, "hours": hours, "days": days,
                 "weeks": weeks}
        total = 0
        leftover = 0.0
        for name, factor in _TD_UNITS:
            value = given[name]
            if isinstance(value, int):
                total += int(value) * factor
            elif isinstance(value, float):
                frac, whole = _math.modf(value)
                total += int(whole) * factor
                if frac:
                    frac, whole = _math.modf(float(factor) * frac)
                    total += int(whole)
                    leftover += frac
            else:
                raise TypeError(f"unsupported type for timedelta {name} component: "
                                f"{_tname(value)}")
        if leftover:
            rounded = _c_round(leftover)
            if abs(rounded - leftover) == 0.5:
                odd = total & 1
                rounded = 2.0 * _c_round((leftover + odd) * 0.5) - odd
            total += int(rounded)
        return cls._from_us(total)

    @classmethod
    def _from_us(cls, total):
        days, rest = divmod(total, _US_PER_DAY)
        if not -_MAX_DAYS <= days <= _MAX_DAYS:
            raise OverflowError(f"days={days}; must have magnitude <= {_MAX_DAYS}")
        self = object.__new__(cls)
        self._days = days
        self._seconds, self._microseconds = divmod(rest, 1_000_000)
        return self

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1_000_000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return _true_div(self._us(), 1_000_000)

    def __repr__(self):
        parts = []
        if self._days:
            parts.append(f"days={self._days}")
        if self._seconds:
            parts.append(f"seconds={self._seconds}")
        if self._microseconds:
            parts.append(f"microseconds={self._microseconds}")
        name = _C_NAMES.get(type(self), type(self).__name__)
        return f"{name}({', '.join(parts) or '0'})"

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = f"{hours}:{minutes:02d}:{seconds:02d}"
        if self._days:
            plural = "" if abs(self._days) == 1 else "s"
            text = f"{self._days} day{plural}, {text}"
        if self._microseconds:
            text += f".{self._microseconds:06d}"
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(other._us() - self._us())
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return timedelta._from_us(self._us())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return timedelta._from_us(_divide_nearest(self._us() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            den = other._us()
            if den == 0:
                raise ZeroDivisionError("division by zero")
            return _true_div(self._us(), den)
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(_divide_nearest(self._us(), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            if num == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(_divide_nearest(self._us() * den, num))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            den = other._us()
            if den == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._us() // den
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(self._us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            den = other._us()
            if den == 0:
                raise ZeroDivisionError("integer modulo by zero")
            return timedelta._from_us(self._us() % den)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            den = other._us()
            if den == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._us(), den)
            return q, timedelta._from_us(r)
        return NotImplemented

    def _cmp(self, other):
        a, b = self._us(), other._us()
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) >= 0
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return type(self), (self._days, self._seconds, self._microseconds)


timedelta.min = timedelta(-_MAX_DAYS)
timedelta.max = timedelta(_MAX_DAYS, 86399, 999999)
timedelta.resolution = timedelta(microseconds=1)


def _datetime_type():
    """The datetime class, which tzinfo's methods check their argument against."""
    from datetime import datetime
    return datetime


# ---- tzinfo and timezone ----------------------------------------------------------

class tzinfo:
    """The abstract base of time zone information."""
    __tp_name__ = "datetime.tzinfo"  # CPython's name for it in messages

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, _datetime_type()):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        dt += offset - dst
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs is not None else ()
        return type(self), args, getattr(self, "__dict__", None) or None


def _check_dt_arg(dt, method):
    if dt is not None and not isinstance(dt, _datetime_type()):
        raise TypeError(f"{method}(dt) argument must be a datetime instance or None, "
                        f"not {_tname(dt)}")


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""
    __tp_name__ = "datetime.timezone"  # CPython's name for it in messages

    def __new__(cls, offset, name=_MISSING):
        if not isinstance(offset, timedelta):
            raise TypeError(f"timezone() argument 1 must be datetime.timedelta, "
                            f"not {_argname(offset)}")
        if name is _MISSING:
            name = None
            if not offset and "utc" in cls.__dict__:
                return cls.utc
        elif not isinstance(name, str):
            raise TypeError(f"timezone() argument 2 must be str, not {_argname(name)}")
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name):
        if not -_US_PER_DAY < offset._us() < _US_PER_DAY:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), "
                             f"not {offset!r}.")
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def utcoffset(self, dt):
        _check_dt_arg(dt, "utcoffset")
        return self._offset

    def dst(self, dt):
        _check_dt_arg(dt, "dst")
        return None

    def tzname(self, dt):
        _check_dt_arg(dt, "tzname")
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _offset_text(self._offset, ":")

    def fromutc(self, dt):
        if not isinstance(dt, _datetime_type()):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __str__(self):
        return self.tzname(None)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return f"datetime.timezone({self._offset!r})"
        return f"datetime.timezone({self._offset!r}, {self._name!r})"

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timezone):
            return self._offset != other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __reduce__(self):
        return type(self), self.__getinitargs__()

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)


timezone.utc = timezone._create(timedelta(0), None)
timezone.min = timezone._create(-timedelta(hours=23, minutes=59), None)
timezone.max = timezone._create(timedelta(hours=23, minutes=59), None)


def _local_timezone():
    """Loopscope's local zone: UTC, named as time.localtime() names it."""
    return timezone._create(timedelta(0), "UTC")


for _cls in (timedelta, tzinfo, timezone):
    _cls.__module__ = "datetime"
del _cls
