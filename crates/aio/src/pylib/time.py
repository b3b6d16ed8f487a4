# Loopscope's time module. Clocks come from the run's clock (virtual or real); sleep
# blocks the calling thread, as in CPython: in the loop's thread it blocks the loop.

import _aioloop

timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')

_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December')
_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday',
           'tm_yday', 'tm_isdst')


def time():
    return _aioloop.wall_time()


def time_ns():
    return int(_aioloop.wall_time() * 1_000_000_000)


def monotonic():
    return _aioloop.time()


def monotonic_ns():
    return int(_aioloop.time() * 1_000_000_000)


def perf_counter():
    return _aioloop.time()


def perf_counter_ns():
    return int(_aioloop.time() * 1_000_000_000)


def process_time():
    return _aioloop.time()


def thread_time():
    return _aioloop.time()


def sleep(secs):
    if not isinstance(secs, (int, float)):
        raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")
    if secs < 0:
        raise ValueError('sleep length must be non-negative')
    _aioloop.sleep(secs)


class struct_time:
    def __init__(self, fields):
        self._fields = tuple(fields)
        for name, value in zip(_FIELDS, self._fields):
            setattr(self, name, value)
        self.tm_zone = 'UTC'
        self.tm_gmtoff = 0

    def __getitem__(self, i):
        return self._fields[i]

    def __iter__(self):
        return iter(self._fields)

    def __len__(self):
        return 9

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __repr__(self):
        inner = ', '.join(f'{n}={v}' for n, v in zip(_FIELDS, self._fields))
        return f'time.struct_time({inner})'


def _civil(secs):
    secs = int(secs // 1)
    days, rem = divmod(secs, 86400)
    hour, rem = divmod(rem, 3600)
    minute, second = divmod(rem, 60)
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    year = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    if month <= 2:
        year += 1
    wday = (days + 3) % 7
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    starts = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
    yday = starts[month - 1] + day + (1 if leap and month > 2 else 0)
    return struct_time((year, month, day, hour, minute, second, wday, yday, 0))


def gmtime(secs=None):
    return _civil(time() if secs is None else secs)


def localtime(secs=None):
    return _civil(time() if secs is None else secs)


def mktime(t):
    year, month, day, hour, minute, second = tuple(t)[:6]
    y = year - (1 if month <= 2 else 0)
    era = y // 400
    yoe = y - era * 400
    mp = month - 3 if month > 2 else month + 9
    doy = (153 * mp + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    days = era * 146097 + doe - 719468
    return float(days * 86400 + hour * 3600 + minute * 60 + second)


def strftime(fmt, t=None):
    if t is None:
        t = localtime()
    year, month, day, hour, minute, second, wday, yday = tuple(t)[:8]
    out = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c != '%' or i + 1 == len(fmt):
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        if d == 'Y':
            out.append(str(year))
        elif d == 'y':
            out.append(f'{year % 100:02d}')
        elif d == 'm':
            out.append(f'{month:02d}')
        elif d == 'd':
            out.append(f'{day:02d}')
        elif d == 'e':
            out.append(f'{day:2d}')
        elif d == 'H':
            out.append(f'{hour:02d}')
        elif d == 'I':
            out.append(f'{(hour % 12) or 12:02d}')
        elif d == 'M':
            out.append(f'{minute:02d}')
        elif d == 'S':
            out.append(f'{second:02d}')
        elif d == 'p':
            out.append('AM' if hour < 12 else 'PM')
        elif d == 'j':
            out.append(f'{yday:03d}')
        elif d == 'a':
            out.append(_DAYS[wday][:3])
        elif d == 'A':
            out.append(_DAYS[wday])
        elif d == 'b' or d == 'h':
            out.append(_MONTHS[month - 1][:3])
        elif d == 'B':
            out.append(_MONTHS[month - 1])
        elif d == 'X' or d == 'T':
            out.append(f'{hour:02d}:{minute:02d}:{second:02d}')
        elif d == 'x':
            out.append(f'{month:02d}/{day:02d}/{year % 100:02d}')
        elif d == 'D':
            out.append(f'{month:02d}/{day:02d}/{year % 100:02d}')
        elif d == 'F':
            out.append(f'{year}-{month:02d}-{day:02d}')
        elif d == 'R':
            out.append(f'{hour:02d}:{minute:02d}')
        elif d == 'c':
            out.append(f'{_DAYS[wday][:3]} {_MONTHS[month - 1][:3]} {day:2d} '
                       f'{hour:02d}:{minute:02d}:{second:02d} {year}')
        elif d == 'Z':
            out.append('UTC')
        elif d == 'z':
            out.append('+0000')
        elif d == 'w':
            out.append(str((wday + 1) % 7))
        elif d == 'u':
            out.append(str(wday + 1))
        elif d == '%':
            out.append('%')
        else:
            out.append('%' + d)
    return ''.join(out)


def asctime(t=None):
    return strftime('%c', t)


def ctime(secs=None):
    return strftime('%c', localtime(secs))


def get_clock_info(name):
    raise NotImplementedError('time.get_clock_info is not available in Loopscope')
