"""strptime for Loopscope's datetime, as CPython 3.11's _strptime parses.

CPython turns a format into a regular expression and matches it; each directive here
is the list of alternatives that expression tries, in its order, and a small
backtracking matcher takes the first way through, as re.match does. The fields found
become a date as _strptime makes them (%U/%W and %G/%V weeks, %j, %I with %p, %z).
"""

from _datetime_text import (DAY_NAMES, MONTH_NAMES, is_leap, days_in_month, ymd_to_ord,
                            ord_to_ymd, iso_week1_monday, _is_digit)

# Each directive is a list of alternatives tried in order, as CPython's regular
# expressions for it try theirs. An alternative is a tuple of character classes: a
# string of allowed characters, or "" for any digit. A trailing ("*", lo, hi) item
# repeats digits greedily between lo and hi times.

_D = ""
_ALTS = {
    "d": [("3", "01"), ("12", _D), ("0", "123456789"), ("123456789",), (" ", "123456789")],
    "f": "frac",
    "H": [("2", "0123"), ("01", _D), (_D,)],
    "I": [("1", "012"), ("0", "123456789"), ("123456789",)],
    "G": [(_D, _D, _D, _D)],
    "j": [("3", "6", "0123456"), ("3", "012345", _D), ("12", _D, _D), ("0", "123456789", _D),
          ("0", "0", "123456789"), ("123456789", _D), ("0", "123456789"), ("123456789",)],
    "m": [("1", "012"), ("0", "123456789"), ("123456789",)],
    "M": [("012345", _D), (_D,)],
    "S": [("6", "01"), ("012345", _D), (_D,)],
    "U": [("5", "0123"), ("01234", _D), (_D,)],
    "W": [("5", "0123"), ("01234", _D), (_D,)],
    "w": [("0123456",)],
    "u": [("1234567",)],
    "V": [("5", "0123"), ("0", "123456789"), ("1234", _D), (_D,)],
    "y": [(_D, _D)],
    "Y": [(_D, _D, _D, _D)],
}


def _words(names):
    words = sorted((w.lower() for w in names), key=len, reverse=True)
    return words


_WORDS = {
    "a": _words(n[:3] for n in DAY_NAMES),
    "A": _words(DAY_NAMES),
    "b": _words(n[:3] for n in MONTH_NAMES),
    "B": _words(MONTH_NAMES),
    "p": ["am", "pm"],
    "Z": ["utc", "gmt"],
}

_EXPANSIONS = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}
_KNOWN = set(_ALTS) | set(_WORDS) | set(_EXPANSIONS) | {"z", "%"}


def _is_space(c):
    return c in " \t\n\r\x0b\x0c"


def _compile(fmt, whole):
    """Turns a format into tokens: ('lit', char), ('ws',) or ('dir', letter)."""
    tokens = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if _is_space(c):
            while i < n and _is_space(fmt[i]):
                i += 1
            tokens.append(("ws",))
            continue
        if c != "%":
            tokens.append(("lit", c))
            i += 1
            continue
        if i + 1 >= n:
            raise ValueError("stray %% in format '%s'" % whole)
        d = fmt[i + 1]
        i += 2
        if _is_space(d):
            raise ValueError("'%%' is a bad directive in format '%s'" % whole)
        if d not in _KNOWN:
            raise ValueError("'%s' is a bad directive in format '%s'" % (d, whole))
        if d in _EXPANSIONS:
            tokens.extend(_compile(_EXPANSIONS[d], whole))
        elif d == "%":
            tokens.append(("lit", "%"))
        else:
            tokens.append(("dir", d))
    return tokens


def _fits(text, pos, alt):
    for k, allowed in enumerate(alt):
        if pos + k >= len(text):
            return False
        c = text[pos + k]
        if allowed == _D:
            if not _is_digit(c):
                return False
        elif c not in allowed:
            return False
    return True


def _digits_run(text, pos, most):
    k = 0
    while k < most and pos + k < len(text) and _is_digit(text[pos + k]):
        k += 1
    return k


def _z_lengths(text, pos):
    """Match lengths for %z, in the order CPython's pattern tries them."""
    if pos < len(text) and text[pos] == "Z":
        return [1]
    if pos >= len(text) or text[pos] not in "+-":
        return []
    p = pos + 1
    if _digits_run(text, p, 2) < 2:
        return []
    p += 2
    if p < len(text) and text[p] == ":":
        p += 1
    if p + 1 >= len(text) or text[p] not in "012345" or not _is_digit(text[p + 1]):
        return []
    p += 2
    base = p
    q = p
    if q < len(text) and text[q] == ":":
        q += 1
    if q + 1 < len(text) and text[q] in "012345" and _is_digit(text[q + 1]):
        q += 2
        if q < len(text) and text[q] == ".":
            k = _digits_run(text, q + 1, 6)
            if k:
                return [q + 1 + k - pos, q - pos, base - pos]
        return [q - pos, base - pos]
    return [base - pos]


def _candidates(token, text, pos):
    """Possible lengths the token matches at pos, most preferred first."""
    kind = token[0]
    if kind == "lit":
        if pos < len(text) and text[pos].lower() == token[1].lower():
            return [1]
        return []
    if kind == "ws":
        k = 0
        while pos + k < len(text) and _is_space(text[pos + k]):
            k += 1
        return list(range(k, 0, -1))
    d = token[1]
    if d == "z":
        return _z_lengths(text, pos)
    if d in _WORDS:
        low = text[pos:].lower()
        return [len(w) for w in _WORDS[d] if low.startswith(w)]
    alts = _ALTS[d]
    if alts == "frac":
        return list(range(_digits_run(text, pos, 6), 0, -1))
    return [len(alt) for alt in alts if _fits(text, pos, alt)]


def _match(tokens, text):
    """CPython's re.match of the whole pattern: the first way through, in preference
    order. Returns (captures, end) or None."""
    stack = [(0, 0, [])]
    while stack:
        ti, pos, caps = stack.pop()
        if ti == len(tokens):
            return caps, pos
        token = tokens[ti]
        lengths = _candidates(token, text, pos)
        for length in reversed(lengths):
            more = caps
            if token[0] == "dir":
                more = caps + [(token[1], text[pos:pos + length])]
            stack.append((ti + 1, pos + length, more))
    return None


def _julian_from_week(year, week, weekday, monday_first):
    first = (ymd_to_ord(year, 1, 1) + 6) % 7
    if not monday_first:
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    week0_length = (7 - first) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + week0_length + 7 * (week - 1) + weekday


def strptime(text, fmt):
    """Parses `text` with `fmt`; returns (year, month, day, hour, minute, second,
    microsecond, offset or None, zone name or None), where offset is (seconds,
    microseconds)."""
    found = _match(_compile(fmt, fmt), text)
    if found is None:
        raise ValueError("time data %r does not match format %r" % (text, fmt))
    caps, end = found
    if end != len(text):
        raise ValueError("unconverted data remains: %s" % text[end:])
    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    iso_year = iso_week = week = weekday = julian = None
    monday_first = False
    offset = None
    zone = None
    ampm = ""
    for d, v in caps:
        if d == "p":
            ampm = v.lower()
    for d, v in caps:
        if d == "y":
            year = int(v)
            year += 2000 if year <= 68 else 1900
        elif d == "Y":
            year = int(v)
        elif d == "G":
            iso_year = int(v)
        elif d == "m":
            month = int(v)
        elif d == "B":
            month = _index_of(MONTH_NAMES, v) + 1
        elif d == "b":
            month = _index_of([m[:3] for m in MONTH_NAMES], v) + 1
        elif d == "d":
            day = int(v)
        elif d == "H":
            hour = int(v)
        elif d == "I":
            hour = int(v)
            if ampm == "pm":
                if hour != 12:
                    hour += 12
            elif hour == 12:
                hour = 0
        elif d == "M":
            minute = int(v)
        elif d == "S":
            second = int(v)
        elif d == "f":
            fraction = int(v + "0" * (6 - len(v)))
        elif d == "A":
            weekday = _index_of(DAY_NAMES, v)
        elif d == "a":
            weekday = _index_of([n[:3] for n in DAY_NAMES], v)
        elif d == "w":
            weekday = (int(v) + 6) % 7
        elif d == "u":
            weekday = int(v) - 1
        elif d == "j":
            julian = int(v)
        elif d in "UW":
            week = int(v)
            monday_first = d == "W"
        elif d == "V":
            iso_week = int(v)
        elif d == "z":
            offset = _parse_z(v)
        elif d == "Z":
            zone = v
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week "
                             "directive '%V' and a weekday directive ('%A', '%a', '%w', "
                             "or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO "
                             "year directive '%G'. Use '%Y' instead.")
    elif week is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year "
                             "directive '%G' and a weekday directive ('%A', '%a', '%w', "
                             "or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year "
                         "directive '%Y'. Use the ISO year '%G' instead.")
    # Without a year, February 29 is checked against 1904, then the year is 1900.
    leap_day = year is None and month == 2 and day == 29
    if year is None:
        year = 1904 if leap_day else 1900
    if julian is None and weekday is not None:
        if week is not None:
            julian = _julian_from_week(year, week, weekday, monday_first)
        elif iso_year is not None and iso_week is not None:
            start = iso_week1_monday(iso_year) + 7 * (iso_week - 1) + weekday
            year = ord_to_ymd(start)[0]
            julian = start - ymd_to_ord(year, 1, 1) + 1
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if is_leap(year) else 365
    if julian is None:
        _check_day(year, month, day)
    else:
        year, month, day = ord_to_ymd(ymd_to_ord(year, 1, 1) + julian - 1)
    if leap_day:
        year = 1900
    return year, month, day, hour, minute, second, fraction, offset, zone


def _check_day(year, month, day):
    """The check _strptime's date(year, month, day) makes, with date's messages."""
    if not 1 <= year <= 9999:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= days_in_month(year, month):
        raise ValueError("day is out of range for month")


def _index_of(names, text):
    low = text.lower()
    for i, name in enumerate(names):
        if name.lower() == low:
            return i
    raise ValueError(text)


def _parse_z(z):
    if z == "Z":
        return 0, 0
    original = z
    if z[3] == ":":
        z = z[:3] + z[4:]
        if len(z) > 5:
            if z[5] != ":":
                raise ValueError(f"Inconsistent use of : in {original}")
            z = z[:5] + z[6:]
    seconds = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
    rest = z[8:]
    micro = int(rest + "0" * (6 - len(rest)))
    if z[0] == "-":
        return -seconds, -micro
    return seconds, micro
