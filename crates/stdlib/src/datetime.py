"""Loopscope's datetime: dates, times, durations and fixed-offset time zones.

Behaves as CPython 3.11's C implementation (_datetime): its range checks, error texts,
reprs and rounding. The clock is the run's: now(), today() and utcnow() read
time.time(), and local time is UTC (Loopscope's time module has no other zone).
timedelta, tzinfo and timezone are _datetime_base's; calendar arithmetic, strftime and
ISO 8601 parsing are _datetime_text's; strptime is _datetime_strptime's, imported when
first used.
"""

import math as _math
import _datetime_text as _text
from _datetime_text import ymd_to_ord as _ymd_to_ord, ord_to_ymd as _ord_to_ymd
from _datetime_base import (
    MINYEAR, MAXYEAR, _MAX_ORDINAL, _EPOCH_ORDINAL, _US_PER_DAY, _MISSING, _C_NAMES,
    _tname, _argname, _c_int, _required, _check_date, _check_time, _check_tzinfo,
    _call_offset, _call_tzname, _offset_text, _clock_text, _check_str, _format_fields,
    timedelta, tzinfo, timezone, _local_timezone,
)

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR",
           "MAXYEAR", "UTC")

UTC = timezone.utc


# ---- date -------------------------------------------------------------------------

class IsoCalendarDate(tuple):
    """(year, week, weekday), with those names."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return f"{_tname(self)}(year={self[0]}, week={self[1]}, weekday={self[2]})"

    def __format__(self, spec):
        # object.__format__'s behaviour, spelled out: Loopscope's f-strings format a
        # tuple subclass as a tuple, passing over its __repr__.
        if spec:
            raise TypeError("unsupported format string passed to "
                            f"{type(self).__name__}.__format__")
        return str(self)

    def __reduce__(self):
        return tuple, (tuple(self),)


IsoCalendarDate.__module__ = "datetime"
# The type is not one of the module's names, as in CPython.
_IsoCalendarDate = IsoCalendarDate
del IsoCalendarDate


class date:
    """A day of the proleptic Gregorian calendar."""
    __tp_name__ = "datetime.date"  # CPython's name for it in messages

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING):
        _required((year, month, day), ("year", "month", "day"))
        year, month, day = _c_int(year), _c_int(month), _c_int(day)
        _check_date(year, month, day)
        return cls._make(year, month, day)

    @classmethod
    def _make(cls, year, month, day):
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        return self

    @classmethod
    def today(cls):
        import time
        return cls.fromtimestamp(time.time())

    @classmethod
    def fromtimestamp(cls, timestamp):
        seconds, _ = _split_timestamp(timestamp, floor=True)
        y, m, d = _utc_fields(seconds)[:3]
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        n = _c_int(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        return cls(*_ord_to_ymd(n))

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(text) not in (7, 8, 10):
            raise ValueError(f"Invalid isoformat string: {text!r}")
        try:
            year, month, day = _text.parse_date(text, len(text))
        except _text.Invalid:
            raise ValueError(f"Invalid isoformat string: {text!r}") from None
        return cls(year, month, day)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        year, week, day = _c_int(year), _c_int(week), _c_int(day)
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError(f"Year is out of range: {year}")
        if not (1 <= week <= 52 or (week == 53 and _text.iso_has_week_53(year))):
            raise ValueError(f"Invalid week: {week}")
        if not 1 <= day <= 7:
            raise ValueError(f"Invalid day: {day} (range is [1, 7])")
        ordinal = _text.iso_week1_monday(year) + 7 * (week - 1) + day - 1
        return cls(*_ord_to_ymd(ordinal))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return f"{_tname(self)}({self._year}, {self._month}, {self._day})"

    def isoformat(self):
        return f"{self._year:04d}-{self._month:02d}-{self._day:02d}"

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        return self._ctime(0, 0, 0)

    def _ctime(self, hour, minute, second):
        wd = _text.DAY_NAMES[self.weekday()][:3]
        mon = _text.MONTH_NAMES[self._month - 1][:3]
        return (f"{wd} {mon} {self._day:2d} {hour:02d}:{minute:02d}:{second:02d} "
                f"{self._year:04d}")

    def strftime(self, fmt):
        _check_str(fmt, "strftime() argument 1")
        return _text.strftime(fmt, _format_fields(self._year, self._month, self._day,
                                                  0, 0, 0, 0, None, None))

    def __format__(self, fmt):
        _check_str(fmt, "__format__() argument 1")
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        import time
        return time.struct_time((self._year, self._month, self._day, 0, 0, 0,
                                 self.weekday(), self._yday(), -1))

    def _yday(self):
        return _text.days_before_month(self._year, self._month) + self._day

    def toordinal(self):
        return _ymd_to_ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        return _IsoCalendarDate(*_text.iso_calendar(self.toordinal()))

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def _date_key(self):
        return self._year, self._month, self._day

    def _compare(self, other, op):
        if isinstance(other, date) and not isinstance(other, datetime):
            return op(self._date_key(), other._date_key())
        return NotImplemented

    def __eq__(self, other):
        if isinstance(self, datetime):
            return NotImplemented
        return self._compare(other, _eq)

    def __ne__(self, other):
        if isinstance(self, datetime):
            return NotImplemented
        return self._compare(other, _ne)

    def __lt__(self, other):
        return self._compare(other, _lt)

    def __le__(self, other):
        return self._compare(other, _le)

    def __gt__(self, other):
        return self._compare(other, _gt)

    def __ge__(self, other):
        return self._compare(other, _ge)

    def __hash__(self):
        return hash(("date", self._year, self._month, self._day))

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._shift(other._days)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._shift(-other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def _shift(self, days):
        ordinal = self.toordinal() + days
        if not 1 <= ordinal <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        return type(self)(*_ord_to_ymd(ordinal))

    def __reduce__(self):
        return type(self), (self._year, self._month, self._day)


def _eq(a, b):
    return a == b


def _ne(a, b):
    return a != b


def _lt(a, b):
    return a < b


def _le(a, b):
    return a <= b


def _gt(a, b):
    return a > b


def _ge(a, b):
    return a >= b


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _split_timestamp(timestamp, floor):
    """(whole seconds, microseconds) of a POSIX timestamp, rounded as CPython does:
    down to a second for dates, half to even to a microsecond for datetimes."""
    if isinstance(timestamp, float):
        if timestamp != timestamp:
            raise ValueError("Invalid value NaN (not a number)")
        if not -9223372036854775808.0 <= timestamp < 9223372036854775808.0:
            raise OverflowError("timestamp out of range for platform time_t")
        if floor:
            return int(_math.floor(timestamp)), 0
        frac, whole = _math.modf(timestamp)
        micro = round(frac * 1e6)
        seconds = int(whole)
        if micro >= 1_000_000:
            micro -= 1_000_000
            seconds += 1
        elif micro < 0:
            micro += 1_000_000
            seconds -= 1
        return seconds, int(micro)
    if isinstance(timestamp, int):
        seconds = int(timestamp)
    else:
        index = getattr(type(timestamp), "__index__", None)
        if index is None:
            raise TypeError(f"'{_tname(timestamp)}' object cannot be interpreted as an "
                            "integer")
        seconds = index(timestamp)
    if not -2**63 <= seconds < 2**63:
        raise OverflowError("timestamp out of range for platform time_t")
    return seconds, 0


def _utc_fields(seconds):
    """(year, month, day, hour, minute, second) of whole POSIX seconds."""
    days, rest = divmod(seconds, 86400)
    year, month, day = _ord_to_ymd(_EPOCH_ORDINAL + days)
    if not -2**31 <= year - 1900 < 2**31:
        # glibc's gmtime keeps the year in an int.
        raise OSError(75, "Value too large for defined data type")
    hour, rest = divmod(rest, 3600)
    minute, second = divmod(rest, 60)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    return year, month, day, hour, minute, second


# ---- time -------------------------------------------------------------------------

def _tz_suffix(text, tz, fold, fold_first):
    """The tzinfo= and fold= keywords a repr ends with, in C's order for the type."""
    parts = []
    if tz is not None:
        parts.append(f"tzinfo={tz!r}")
    if fold:
        parts.insert(0 if fold_first else len(parts), "fold=1")
    if not parts:
        return text + ")"
    return text + ", " + ", ".join(parts) + ")"


class time:
    """A time of day, with an optional tzinfo."""
    __tp_name__ = "datetime.time"  # CPython's name for it in messages

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second = _c_int(hour), _c_int(minute), _c_int(second)
        microsecond, fold = _c_int(microsecond), _c_int(fold)
        _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return cls._make(hour, minute, second, microsecond, tzinfo, fold)

    @classmethod
    def _make(cls, hour, minute, second, microsecond, tz, fold):
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tz
        self._fold = fold
        return self

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            hour, minute, second, micro, offset = _text.parse_time(
                text, 1 if text[:1] == "T" else 0)
        except _text.Invalid:
            raise ValueError(f"Invalid isoformat string: {text!r}") from None
        return cls(hour, minute, second, micro, _zone_of(offset))

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        return _call_offset(self._tzinfo, "utcoffset", None)

    def dst(self):
        return _call_offset(self._tzinfo, "dst", None)

    def tzname(self):
        return _call_tzname(self._tzinfo, None)

    def __repr__(self):
        text = f"{_tname(self)}({self._hour}, {self._minute}"
        if self._microsecond:
            text += f", {self._second}, {self._microsecond}"
        elif self._second:
            text += f", {self._second}"
        return _tz_suffix(text, self._tzinfo, self._fold, False)

    def isoformat(self, timespec="auto"):
        _check_str(timespec, "isoformat() argument 1")
        text = _clock_text(self._hour, self._minute, self._second, self._microsecond,
                           timespec)
        return text + _offset_text(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat()

    def strftime(self, fmt):
        _check_str(fmt, "strftime() argument 1")
        return _text.strftime(fmt, _format_fields(
            1900, 1, 1, self._hour, self._minute, self._second, self._microsecond,
            self.utcoffset(), self.tzname()))

    def __format__(self, fmt):
        _check_str(fmt, "__format__() argument 1")
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(
            self._hour if hour is None else hour,
            self._minute if minute is None else minute,
            self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            self._tzinfo if tzinfo is True else tzinfo,
            fold=self._fold if fold is None else fold)

    def _clock_key(self):
        return self._hour, self._minute, self._second, self._microsecond

    def _cmp(self, other, op):
        if self._tzinfo is other._tzinfo:
            return op(self._clock_key(), other._clock_key())
        mine, theirs = self.utcoffset(), other.utcoffset()
        if mine == theirs:
            return op(self._clock_key(), other._clock_key())
        if mine is not None and theirs is not None:
            a = (self._hour * 3600 + self._minute * 60 + self._second) * 1_000_000
            b = (other._hour * 3600 + other._minute * 60 + other._second) * 1_000_000
            a += self._microsecond - mine._us()
            b += other._microsecond - theirs._us()
            return op(a, b)
        if op is _eq:
            return False
        if op is _ne:
            return True
        raise TypeError("can't compare offset-naive and offset-aware times")

    def __eq__(self, other):
        return self._cmp(other, _eq) if isinstance(other, time) else NotImplemented

    def __ne__(self, other):
        return self._cmp(other, _ne) if isinstance(other, time) else NotImplemented

    def __lt__(self, other):
        return self._cmp(other, _lt) if isinstance(other, time) else NotImplemented

    def __le__(self, other):
        return self._cmp(other, _le) if isinstance(other, time) else NotImplemented

    def __gt__(self, other):
        return self._cmp(other, _gt) if isinstance(other, time) else NotImplemented

    def __ge__(self, other):
        return self._cmp(other, _ge) if isinstance(other, time) else NotImplemented

    def __hash__(self):
        offset = self.utcoffset() if self._fold == 0 else self.replace(fold=0).utcoffset()
        if offset is None:
            return hash(("time",) + self._clock_key())
        us = (self._hour * 3600 + self._minute * 60 + self._second) * 1_000_000
        return hash(timedelta._from_us(us + self._microsecond - offset._us()))

    def __reduce__(self):
        return _rebuild, (type(self), (self._hour, self._minute, self._second,
                                       self._microsecond, self._tzinfo), self._fold)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _rebuild(cls, args, fold):
    """A copy of a time or datetime (copy and deepcopy go through __reduce__)."""
    return cls(*args, fold=fold)


def _zone_of(offset):
    """The tzinfo of a parsed ISO offset; as in C, a zero offset in whole seconds is
    timezone.utc, whatever its microseconds."""
    if offset is None:
        return None
    seconds, micro = offset
    if seconds == 0:
        return timezone.utc
    return timezone(timedelta(seconds=seconds, microseconds=micro))


# ---- datetime ---------------------------------------------------------------------

class datetime(date):
    """A date and a time of day, with an optional tzinfo."""
    __tp_name__ = "datetime.datetime"  # CPython's name for it in messages

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING, hour=0, minute=0,
                second=0, microsecond=0, tzinfo=None, *, fold=0):
        _required((year, month, day), ("year", "month", "day"))
        year, month, day = _c_int(year), _c_int(month), _c_int(day)
        hour, minute, second = _c_int(hour), _c_int(minute), _c_int(second)
        microsecond, fold = _c_int(microsecond), _c_int(fold)
        _check_date(year, month, day)
        _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return cls._make_dt(year, month, day, hour, minute, second, microsecond, tzinfo,
                            fold)

    @classmethod
    def _make_dt(cls, year, month, day, hour, minute, second, microsecond, tz, fold):
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tz
        self._fold = fold
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    # Construction from the clock and from other forms.

    @classmethod
    def now(cls, tz=None):
        import time as _time
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        import time as _time
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        import time as _time
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, timestamp, tz=None):
        _check_tzinfo(tz)
        seconds, micro = _split_timestamp(timestamp, floor=False)
        y, m, d, hh, mm, ss = _utc_fields(seconds)
        if tz is None:
            # CPython looks a day earlier for a fold in local time; that day must be
            # in range too.
            _utc_fields(seconds - 86400)
        result = cls(y, m, d, hh, mm, ss, micro, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def utcfromtimestamp(cls, timestamp):
        seconds, micro = _split_timestamp(timestamp, floor=False)
        y, m, d, hh, mm, ss = _utc_fields(seconds)
        return cls(y, m, d, hh, mm, ss, micro)

    @classmethod
    def fromordinal(cls, n):
        n = _c_int(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        return cls(*_ord_to_ymd(n))

    @classmethod
    def combine(cls, date_part, time_part, tzinfo=True):
        if not isinstance(date_part, date):
            raise TypeError("combine() argument 1 must be datetime.date, "
                            f"not {_argname(date_part)}")
        if not isinstance(time_part, time):
            raise TypeError("combine() argument 2 must be datetime.time, "
                            f"not {_argname(time_part)}")
        if tzinfo is True:
            tzinfo = time_part.tzinfo
        return cls(date_part.year, date_part.month, date_part.day, time_part.hour,
                   time_part.minute, time_part.second, time_part.microsecond, tzinfo,
                   fold=time_part.fold)

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if len(text) < 7:
                raise _text.Invalid
            end = _text.date_end(text)
            year, month, day = _text.parse_date(text, end)
            clock = (0, 0, 0, 0, None)
            if end < len(text):
                clock = _text.parse_time(text, end + 1)
        except _text.Invalid:
            raise ValueError(f"Invalid isoformat string: {text!r}") from None
        hour, minute, second, micro, offset = clock
        return cls(year, month, day, hour, minute, second, micro, _zone_of(offset))

    @classmethod
    def strptime(cls, text, fmt):
        _check_str(text, "strptime() argument 1")
        _check_str(fmt, "strptime() argument 2")
        import _datetime_strptime
        y, m, d, hh, mm, ss, us, offset, zone = _datetime_strptime.strptime(text, fmt)
        tz = None
        if offset is not None:
            delta = timedelta(seconds=offset[0], microseconds=offset[1])
            tz = timezone(delta, zone) if zone else timezone(delta)
        return cls(y, m, d, hh, mm, ss, us, tz)

    # Parts and views.

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    self._tzinfo, fold=self._fold)

    def utcoffset(self):
        return _call_offset(self._tzinfo, "utcoffset", self)

    def dst(self):
        return _call_offset(self._tzinfo, "dst", self)

    def tzname(self):
        return _call_tzname(self._tzinfo, self)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(
            self._year if year is None else year,
            self._month if month is None else month,
            self._day if day is None else day,
            self._hour if hour is None else hour,
            self._minute if minute is None else minute,
            self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            self._tzinfo if tzinfo is True else tzinfo,
            fold=self._fold if fold is None else fold)

    def timetuple(self):
        import time as _time
        dst = self.dst()
        isdst = -1 if dst is None else int(bool(dst))
        return _time.struct_time((self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, self.weekday(), self._yday(),
                                  isdst))

    def utctimetuple(self):
        import time as _time
        offset = self.utcoffset()
        value = self
        if offset:
            value = self - offset
        return _time.struct_time((value._year, value._month, value._day, value._hour,
                                  value._minute, value._second, value.weekday(),
                                  value._yday(), 0))

    def timestamp(self):
        offset = self.utcoffset()
        if offset is None:
            days = self.toordinal() - _EPOCH_ORDINAL
            seconds = days * 86400 + self._hour * 3600 + self._minute * 60 + self._second
            return float(seconds) + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def astimezone(self, tz=None):
        if tz is None:
            tz = _local_timezone()
        else:
            _check_tzinfo(tz)
        if self._tzinfo is tz:
            return self
        offset = self.utcoffset()
        if offset is None:
            offset = timedelta(0)
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    # Text.

    def __repr__(self):
        text = (f"{_tname(self)}({self._year}, {self._month}, {self._day}, "
                f"{self._hour}, {self._minute}")
        if self._microsecond:
            text += f", {self._second}, {self._microsecond}"
        elif self._second:
            text += f", {self._second}"
        return _tz_suffix(text, self._tzinfo, self._fold, True)

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, "
                            f"not {_argname(sep)}")
        _check_str(timespec, "isoformat() argument 2")
        text = _clock_text(self._hour, self._minute, self._second, self._microsecond,
                           timespec)
        return (date.isoformat(self) + sep + text
                + _offset_text(self.utcoffset(), ":"))

    def __str__(self):
        return self.isoformat(" ")

    def ctime(self):
        return self._ctime(self._hour, self._minute, self._second)

    def strftime(self, fmt):
        _check_str(fmt, "strftime() argument 1")
        return _text.strftime(fmt, _format_fields(
            self._year, self._month, self._day, self._hour, self._minute, self._second,
            self._microsecond, self.utcoffset(), self.tzname()))

    # Comparison and arithmetic.

    def _us_key(self):
        seconds = self._hour * 3600 + self._minute * 60 + self._second
        return (self.toordinal() * 86400 + seconds) * 1_000_000 + self._microsecond

    def _cmp(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if op is _eq:
                    return False
                if op is _ne:
                    return True
                raise TypeError(f"can't compare {_tname(self)} to {_tname(other)}")
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            return op(self._us_key(), other._us_key())
        mine, theirs = self.utcoffset(), other.utcoffset()
        if op is _eq or op is _ne:
            if (self.replace(fold=not self._fold).utcoffset() != mine
                    or other.replace(fold=not other._fold).utcoffset() != theirs):
                return op is _ne
        if mine == theirs:
            return op(self._us_key(), other._us_key())
        if mine is not None and theirs is not None:
            return op(self._us_key() - mine._us(), other._us_key() - theirs._us())
        if op is _eq:
            return False
        if op is _ne:
            return True
        raise TypeError("can't compare offset-naive and offset-aware datetimes")

    def __eq__(self, other):
        return self._cmp(other, _eq)

    def __ne__(self, other):
        return self._cmp(other, _ne)

    def __lt__(self, other):
        return self._cmp(other, _lt)

    def __le__(self, other):
        return self._cmp(other, _le)

    def __gt__(self, other):
        return self._cmp(other, _gt)

    def __ge__(self, other):
        return self._cmp(other, _ge)

    def __hash__(self):
        offset = self.utcoffset() if self._fold == 0 else self.replace(fold=0).utcoffset()
        if offset is None:
            return hash(("datetime", self._us_key()))
        return hash(timedelta._from_us(self._us_key() - offset._us()))

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        return self._shift_us(other._us())

    __radd__ = __add__

    def _shift_us(self, delta):
        total = self._us_key() + delta
        days, rest = divmod(total, _US_PER_DAY)
        if not 1 <= days <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ord_to_ymd(days)
        seconds, micro = divmod(rest, 1_000_000)
        hh, rest = divmod(seconds, 3600)
        mm, ss = divmod(rest, 60)
        return type(self)(y, m, d, hh, mm, ss, micro, self._tzinfo)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._shift_us(-other._us())
        if not isinstance(other, datetime):
            return NotImplemented
        delta = self._us_key() - other._us_key()
        if self._tzinfo is not other._tzinfo:
            mine, theirs = self.utcoffset(), other.utcoffset()
            if (mine is None) != (theirs is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if mine is not None:
                delta -= mine._us() - theirs._us()
        return timedelta._from_us(delta)

    def __reduce__(self):
        return _rebuild, (type(self), (self._year, self._month, self._day, self._hour,
                                       self._minute, self._second, self._microsecond,
                                       self._tzinfo), self._fold)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)

_C_NAMES.update({date: "datetime.date", time: "datetime.time",
                 datetime: "datetime.datetime", timedelta: "datetime.timedelta",
                 tzinfo: "datetime.tzinfo", timezone: "datetime.timezone",
                 _IsoCalendarDate: "datetime.IsoCalendarDate"})
