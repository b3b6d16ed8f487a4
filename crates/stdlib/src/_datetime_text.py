"""Calendar arithmetic and text forms for Loopscope's datetime.

The proleptic Gregorian calendar as ordinals (day 1 is 0001-01-01), strftime with the
directives, flags and widths glibc's C locale knows, and the ISO 8601 forms 3.11's
fromisoformat accepts. datetime.py builds its objects from what these return;
strptime is _datetime_strptime's.
"""

DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
             "Sunday")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December")

_MONTH_LENGTHS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_BEFORE_MONTH = [0]
for _n in _MONTH_LENGTHS:
    _BEFORE_MONTH.append(_BEFORE_MONTH[-1] + _n)
del _n

_DAYS_400Y = 146097
_DAYS_100Y = 36524
_DAYS_4Y = 1461


def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year, month):
    if month == 2 and is_leap(year):
        return 29
    return _MONTH_LENGTHS[month - 1]


def days_before_month(year, month):
    extra = 1 if month > 2 and is_leap(year) else 0
    return _BEFORE_MONTH[month - 1] + extra


def ymd_to_ord(year, month, day):
    """The ordinal of a date: 1 for 0001-01-01."""
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400 + days_before_month(year, month) + day


def ord_to_ymd(n):
    """The (year, month, day) of an ordinal."""
    n -= 1
    cycles400, n = divmod(n, _DAYS_400Y)
    cycles100, n = divmod(n, _DAYS_100Y)
    cycles4, n = divmod(n, _DAYS_4Y)
    years, n = divmod(n, 365)
    year = cycles400 * 400 + cycles100 * 100 + cycles4 * 4 + years + 1
    if years == 4 or cycles100 == 4:
        # The last day of a leap cycle: December 31 of the year before.
        return year - 1, 12, 31
    month = 1
    while month < 12 and days_before_month(year, month + 1) <= n:
        month += 1
    return year, month, n - days_before_month(year, month) + 1


def iso_week1_monday(year):
    """The ordinal of the Monday that starts ISO week 1 of `year`."""
    first = ymd_to_ord(year, 1, 1)
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


def iso_calendar(ordinal):
    """(ISO year, week, weekday) of an ordinal."""
    year = ord_to_ymd(ordinal)[0]
    start = iso_week1_monday(year)
    if ordinal < start:
        year -= 1
        start = iso_week1_monday(year)
    elif ordinal >= iso_week1_monday(year + 1):
        year += 1
        start = iso_week1_monday(year)
    week, day = divmod(ordinal - start, 7)
    return year, week + 1, day + 1


def iso_has_week_53(year):
    weekday = (ymd_to_ord(year, 1, 1) + 6) % 7
    return weekday == 3 or (weekday == 2 and is_leap(year))


# ---- strftime ---------------------------------------------------------------------

# How glibc pads each numeric conversion by default: (width, fill).
_NUMERIC = {"d": (2, "0"), "e": (2, " "), "H": (2, "0"), "k": (2, " "), "I": (2, "0"),
            "l": (2, " "), "M": (2, "0"), "S": (2, "0"), "m": (2, "0"), "j": (3, "0"),
            "y": (2, "0"), "g": (2, "0"), "U": (2, "0"), "W": (2, "0"), "V": (2, "0"),
            "C": (1, "0"), "Y": (1, "0"), "G": (1, "0"), "u": (1, "0"), "w": (1, "0"),
            "s": (1, "0")}
_COMPOSITE = {"c": "%a %b %e %H:%M:%S %Y", "x": "%m/%d/%y", "D": "%m/%d/%y",
              "X": "%H:%M:%S", "T": "%H:%M:%S", "F": "%Y-%m-%d", "R": "%H:%M",
              "r": "%I:%M:%S %p"}


def strftime(fmt, f):
    """Formats the fields `f` (a dict: year, month, day, hour, minute, second,
    microsecond, weekday (Monday 0), yday (1-based), offset text, zone name) as CPython
    does on Linux: it replaces %z, %Z and %f itself and hands the rest to glibc's
    strftime in the C locale, flags (- _ 0 ^ #), widths and E/O modifiers included."""
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != "%":
            out.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i < n and fmt[i] in "zZf":
            d = fmt[i]
            out.append(f["offset"] if d == "z" else f["zone"] if d == "Z"
                       else "%06d" % f["microsecond"])
            i += 1
            continue
        flags = ""
        while i < n and fmt[i] in "-_0^#":
            flags += fmt[i]
            i += 1
        width = ""
        while i < n and fmt[i].isdigit():
            width += fmt[i]
            i += 1
        if i < n and fmt[i] in "EO":
            i += 1
        if i >= n:
            out.append(_unknown(fmt[start:], flags, width))
            break
        d = fmt[i]
        i += 1
        out.append(_conversion(d, f, flags, width, fmt[start:i]))
    return "".join(out)


def _unknown(raw, flags, width):
    """glibc copies a conversion it does not know, padded to the width."""
    if "^" in flags:
        raw = raw.upper()
    return raw.rjust(int(width), " ") if width else raw


def _conversion(d, f, flags, width, raw):
    if d in _NUMERIC:
        size, fill = _NUMERIC[d]
        text = str(_number(d, f))
        if "_" in flags:
            fill = " "
        elif "0" in flags:
            fill = "0"
        if width:
            if "-" in flags:
                fill = " "
                size = int(width)
            else:
                size = max(size, int(width))
        elif "-" in flags:
            size = 0
        return text.rjust(size, fill)
    if d in "zZ":
        # Flagged or modified, CPython leaves these to glibc, which knows no zone here.
        return ""
    text = _word(d, f, flags)
    if text is None:
        return _unknown(raw, flags, width)
    if "^" in flags:
        text = text.upper()
    if width:
        text = text.rjust(int(width), "0" if "0" in flags else " ")
    return text


def _number(d, f):
    year = f["year"]
    weekday = f["weekday"]
    if d == "Y":
        return year
    if d == "m":
        return f["month"]
    if d in "de":
        return f["day"]
    if d in "Hk":
        return f["hour"]
    if d in "Il":
        return f["hour"] % 12 or 12
    if d == "M":
        return f["minute"]
    if d == "S":
        return f["second"]
    if d == "j":
        return f["yday"]
    if d == "y":
        return year % 100
    if d == "C":
        return year // 100
    if d == "w":
        return (weekday + 1) % 7
    if d == "u":
        return weekday + 1
    if d == "U":
        return (f["yday"] + 6 - (weekday + 1) % 7) // 7
    if d == "W":
        return (f["yday"] + 6 - weekday) // 7
    if d == "s":
        days = ymd_to_ord(year, f["month"], f["day"]) - 719163
        return days * 86400 + f["hour"] * 3600 + f["minute"] * 60 + f["second"]
    iso_year, iso_week, _ = iso_calendar(ymd_to_ord(year, f["month"], f["day"]))
    if d == "G":
        return iso_year
    if d == "g":
        return iso_year % 100
    return iso_week


def _word(d, f, flags):
    """A conversion that gives text, or None for one glibc does not know."""
    swap = "#" in flags
    if d in "aA":
        name = DAY_NAMES[f["weekday"]]
        text = name[:3] if d == "a" else name
        return text.upper() if swap else text
    if d in "bBh":
        name = MONTH_NAMES[f["month"] - 1]
        text = name if d == "B" else name[:3]
        return text.upper() if swap else text
    if d == "p":
        text = "AM" if f["hour"] < 12 else "PM"
        return text.lower() if swap else text
    if d == "P":
        return "am" if f["hour"] < 12 else "pm"
    if d in _COMPOSITE:
        return strftime(_COMPOSITE[d], f)
    if d == "n":
        return "\n"
    if d == "t":
        return "\t"
    if d == "%":
        return "%"
    return None


def _is_digit(c):
    return "0" <= c <= "9"


# ---- ISO 8601 (fromisoformat) -----------------------------------------------------
# CPython 3.11 parses these in C, reading a NUL past the end of the string; `_at` stands
# in for that NUL, so inputs the C parser accepts or refuses are accepted or refused here.

class _Invalid(Exception):
    pass


Invalid = _Invalid


def _at(s, i):
    return s[i] if i < len(s) else "\0"


def _digits(s, i, width):
    """The number in s[i:i+width]; _Invalid unless all are ASCII digits."""
    value = 0
    for k in range(i, i + width):
        c = _at(s, k)
        if not _is_digit(c):
            raise _Invalid
        value = value * 10 + ord(c) - 48
    return value


def date_end(s):
    """Where the date part of a datetime string ends: CPython 3.11's guess between its
    calendar forms (YYYY-MM-DD, YYYYMMDD) and week forms (YYYY-Www[-D], YYYYWww[D])."""
    n = len(s)
    if n == 7:
        return 7
    if _at(s, 4) == "-":
        if _at(s, 5) != "W":
            return 10
        if n < 8:
            raise _Invalid
        if n > 8 and s[8] == "-":
            if n == 9:
                raise _Invalid
            if n > 10 and _is_digit(s[10]):
                return 8
            return 10
        return 8
    if _at(s, 4) == "W":
        k = 7
        while k < n and _is_digit(s[k]):
            k += 1
        if k < 9:
            return k
        return 7 if k % 2 == 0 else 8
    return 8


def parse_date(s, length):
    """(year, month, day) of the ISO date at the start of s, whose part is `length`
    characters long (characters past it are read as the C parser reads them)."""
    year = _digits(s, 0, 4)
    i = 4
    dashed = _at(s, i) == "-"
    if dashed:
        i += 1
    if _at(s, i) == "W":
        week = _digits(s, i + 1, 2)
        i += 3
        day = 1
        if i < length:
            if dashed:
                if _at(s, i) != "-":
                    raise _Invalid
                i += 1
            day = _digits(s, i, 1)
        if not (1 <= week <= 52 or (week == 53 and iso_has_week_53(year))):
            raise _Invalid
        if not 1 <= day <= 7:
            raise _Invalid
        return ord_to_ymd(iso_week1_monday(year) + 7 * (week - 1) + day - 1)
    month = _digits(s, i, 2)
    i += 2
    if dashed:
        if _at(s, i) != "-":
            raise _Invalid
        i += 1
    return year, month, _digits(s, i, 2)


def _parse_clock(s, p, end):
    """[HH[:?MM[:?SS[{.,:}f+]]]] in s[p:end] (colons used throughout or not at all):
    (hour, minute, second, microsecond, clean), where clean says the digits ran up to
    the end of the string rather than into something else."""
    values = [0, 0, 0]
    colons = True
    for k in range(3):
        values[k] = _digits(s, p, 2)
        p += 2
        c = _at(s, p)
        p += 1
        if k == 0:
            colons = c == ":"
        if p >= end:
            return values[0], values[1], values[2], 0, c == "\0"
        if colons and c == ":":
            continue
        if c in ".,":
            break
        if not colons:
            p -= 1
            continue
        raise _Invalid
    count = min(end - p, 6)
    micro = _digits(s, p, count) * 10 ** (6 - count)
    p += count
    while _is_digit(_at(s, p)):
        p += 1
    return values[0], values[1], values[2], micro, _at(s, p) == "\0"


def parse_time(s, start=0):
    """(hour, minute, second, microsecond, offset) of the ISO time s[start:]; offset
    is None or (seconds, microseconds). Raises _Invalid."""
    end = len(s)
    cut = start
    while cut < end and s[cut] not in "Z+-":
        cut += 1
    hour, minute, second, micro, clean = _parse_clock(s, start, cut)
    if cut >= end:
        if not clean:
            raise _Invalid
        return hour, minute, second, micro, None
    if s[cut] == "Z":
        if cut != end - 1:
            raise _Invalid
        return hour, minute, second, micro, (0, 0)
    sign = -1 if s[cut] == "-" else 1
    th, tm, ts, tus, clean = _parse_clock(s, cut + 1, end)
    if not clean:
        raise _Invalid
    return hour, minute, second, micro, (sign * (th * 3600 + tm * 60 + ts), sign * tus)
