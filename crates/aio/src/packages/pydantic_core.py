"""pydantic-core 2.50 (what pydantic 2.14 validates with), written for Loopscope in Python:
`ValidationError` with pydantic's texts, `PydanticUndefined`, `PydanticCustomError`, the
validators `pydantic` builds from annotations (lax mode, smart unions) and the JSON writer
behind `model_dump_json`.

A validator is a function `(value, state) -> value` that raises `_LineErrors`, a list of
line errors whose locations are relative to it; containers prefix their item's location.
`state` carries the model's config and whether validation is strict (smart unions try each
member strictly first).
"""

import math as _math
import types as _types
import typing as _typing

__version__ = '2.50.5'

_URL = 'https://errors.pydantic.dev/2.14/v/'


class PydanticUndefinedType:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = object.__new__(cls)
        return cls._instance

    def __repr__(self):
        return 'PydanticUndefined'

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


PydanticUndefined = PydanticUndefinedType()

# Each error type's message template; `{name}` is filled from the error's context.
_MESSAGES = {
    'missing': 'Field required',
    'extra_forbidden': 'Extra inputs are not permitted',
    'frozen_instance': 'Instance is frozen',
    'frozen_field': 'Field is frozen',
    'int_type': 'Input should be a valid integer',
    'int_parsing': 'Input should be a valid integer, unable to parse string as an integer',
    'int_from_float': 'Input should be a valid integer, got a number with a fractional part',
    'finite_number': 'Input should be a finite number',
    'float_type': 'Input should be a valid number',
    'float_parsing': 'Input should be a valid number, unable to parse string as a number',
    'string_type': 'Input should be a valid string',
    'string_unicode': 'Input should be a valid string, unable to parse raw data as a unicode string',
    'bool_type': 'Input should be a valid boolean',
    'bool_parsing': 'Input should be a valid boolean, unable to interpret input',
    'bytes_type': 'Input should be a valid bytes',
    'none_required': 'Input should be None',
    'list_type': 'Input should be a valid list',
    'tuple_type': 'Input should be a valid tuple',
    'set_type': 'Input should be a valid set',
    'frozen_set_type': 'Input should be a valid frozenset',
    'dict_type': 'Input should be a valid dictionary',
    'model_type': 'Input should be a valid dictionary or instance of {class_name}',
    'model_attributes_type': 'Input should be a valid dictionary or object to extract fields from',
    'literal_error': 'Input should be {expected}',
    'enum': 'Input should be {expected}',
    'is_instance_of': 'Input should be an instance of {class}',
    'greater_than': 'Input should be greater than {gt}',
    'greater_than_equal': 'Input should be greater than or equal to {ge}',
    'less_than': 'Input should be less than {lt}',
    'less_than_equal': 'Input should be less than or equal to {le}',
    'multiple_of': 'Input should be a multiple of {multiple_of}',
    'string_too_short': 'String should have at least {min_length} {chars}',
    'string_too_long': 'String should have at most {max_length} {chars}',
    'string_pattern_mismatch': "String should match pattern '{pattern}'",
    'too_short': '{field_type} should have at least {min_length} {items} after validation, not {actual_length}',
    'too_long': '{field_type} should have at most {max_length} {items} after validation, not {actual_length}',
    'value_error': 'Value error, {error}',
    'assertion_error': 'Assertion failed, {error}',
    'json_invalid': 'Invalid JSON: {error}',
    'datetime_type': 'Input should be a valid datetime',
    'datetime_parsing': 'Input should be a valid datetime, {error}',
    'datetime_from_date_parsing': 'Input should be a valid datetime or date, {error}',
    'date_type': 'Input should be a valid date',
    'date_parsing': 'Input should be a valid date in the format YYYY-MM-DD, {error}',
    'date_from_datetime_parsing': 'Input should be a valid date or datetime, {error}',
    'date_from_datetime_inexact':
        'Datetimes provided to dates should have zero time - e.g. be exact dates',
    'uuid_type': 'UUID input should be a string, bytes or UUID object',
    'uuid_parsing': 'Input should be a valid UUID, {error}',
    'decimal_type': 'Decimal input should be an integer, float, string or Decimal object',
    'decimal_parsing': 'Input should be a valid decimal',
    'json_type': 'JSON input should be string, bytes or bytearray',
}


def _fmt_ctx(v):
    """A context value as pydantic-core's messages print it (floats without a needless `.0`)."""
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return str(int(v))
    return str(v)


def _message(kind, ctx):
    template = _MESSAGES.get(kind, kind)
    fill = {k: _fmt_ctx(v) for k, v in (ctx or {}).items()}
    if kind in ('string_too_short', 'string_too_long'):
        n = ctx.get('min_length', ctx.get('max_length'))
        fill['chars'] = 'character' if n == 1 else 'characters'
    elif kind in ('too_short', 'too_long'):
        n = ctx.get('min_length', ctx.get('max_length'))
        fill['items'] = 'item' if n == 1 else 'items'
    return template.format(**fill)


class _LineErrors(Exception):
    """Validation failed: `errors` are dicts (type, loc, msg, input, ctx), loc relative."""

    def __init__(self, errors):
        Exception.__init__(self)
        self.errors = errors


def _error(kind, value, ctx=None, loc=()):
    return {'type': kind, 'loc': tuple(loc), 'msg': _message(kind, ctx), 'input': value, 'ctx': ctx}


def _fail(kind, value, ctx=None):
    raise _LineErrors([_error(kind, value, ctx)])


def _prefix(errors, item):
    for e in errors:
        e['loc'] = (item,) + e['loc']
    return errors


class PydanticCustomError(ValueError):
    """An error a validator raises with its own type and message template."""

    def __init__(self, error_type, message_template, context=None):
        ValueError.__init__(self, error_type, message_template, context)
        self._type = error_type
        self.message_template = message_template
        self.context = context

    @property
    def type(self):
        return self._type

    def message(self):
        return self.message_template.format(**(self.context or {}))

    def __str__(self):
        return self.message()


def _input_repr(value):
    text = repr(value)
    if len(text) > 50:
        text = text[:25] + '...' + text[-24:]
    return text


def _loc_text(loc):
    parts = []
    for item in loc:
        item = str(item)
        parts.append('`' + item + '`' if '.' in item else item)
    return '.'.join(parts)


class ValidationError(ValueError):
    """pydantic-core's error: every line error of one validation, under a title."""

    def __init__(self, title, line_errors):
        ValueError.__init__(self)
        self._title = title
        self._errors = line_errors

    @classmethod
    def from_exception_data(cls, title, line_errors):
        errors = []
        for e in line_errors:
            ctx = e.get('ctx')
            errors.append(_error(e['type'], e.get('input'), ctx, e.get('loc', ())))
        return cls(title, errors)

    @property
    def title(self):
        return self._title

    def error_count(self):
        return len(self._errors)

    def errors(self, *, include_url=True, include_context=True, include_input=True):
        out = []
        for e in self._errors:
            d = {'type': e['type'], 'loc': e['loc'], 'msg': e['msg']}
            if include_input:
                d['input'] = e['input']
            if include_context and e['ctx'] is not None:
                d['ctx'] = dict(e['ctx'])
            if include_url and e['type'] in _MESSAGES:
                d['url'] = _URL + e['type']
            out.append(d)
        return out

    def __str__(self):
        n = len(self._errors)
        lines = ['%d validation error%s for %s' % (n, '' if n == 1 else 's', self._title)]
        for e in self._errors:
            if e['loc']:
                lines.append(_loc_text(e['loc']))
            lines.append('  %s [type=%s, input_value=%s, input_type=%s]' % (
                e['msg'], e['type'], _input_repr(e['input']), type(e['input']).__name__))
            if e['type'] in _MESSAGES:
                lines.append('    For further information visit ' + _URL + e['type'])
        return '\n'.join(lines)

    def __repr__(self):
        return str(self)


ValidationError.__module__ = 'pydantic_core._pydantic_core'


class _State:
    """What one validation knows beyond the value: the model config and strictness."""

    __slots__ = ('config', 'strict', 'from_attributes')

    def __init__(self, config, strict=False, from_attributes=False):
        self.config = config
        self.strict = strict
        self.from_attributes = from_attributes


# Scalars ---------------------------------------------------------------------------

def _int_from_str(value, text):
    try:
        return int(text)
    except ValueError:
        pass
    s = text.strip()
    if '.' in s:
        whole, _, frac = s.partition('.')
        if frac.strip('0') == '' and whole.lstrip('+-').isdigit():
            return int(whole)
    _fail('int_parsing', value)


def validate_int(value, state):
    t = type(value)
    if t is int:
        return value
    if state.strict:
        _fail('int_type', value)
    if t is bool:
        return int(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        if not _math.isfinite(value):
            _fail('finite_number', value)
        if value != int(value):
            _fail('int_from_float', value)
        return int(value)
    if isinstance(value, str):
        return _int_from_str(value, value)
    if isinstance(value, (bytes, bytearray)):
        try:
            text = bytes(value).decode()
        except UnicodeDecodeError:
            _fail('int_parsing', value)
        return _int_from_str(value, text)
    _fail('int_type', value)


def validate_float(value, state):
    t = type(value)
    if t is float:
        return value
    if state.strict:
        # A smart union's exact pass: an int is an int member's, not a float's.
        _fail('float_type', value)
    if t is int:
        return float(value)
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, (str, bytes, bytearray)):
        text = value if isinstance(value, str) else bytes(value).decode('utf-8', 'replace')
        try:
            return float(text)
        except ValueError:
            _fail('float_parsing', value)
    _fail('float_type', value)


def validate_str(value, state):
    if isinstance(value, str):
        if type(value) is not str:
            value = str.__str__(value)
    elif state.strict:
        _fail('string_type', value)
    elif isinstance(value, (bytes, bytearray)):
        try:
            value = bytes(value).decode()
        except UnicodeDecodeError:
            _fail('string_unicode', value)
    else:
        _fail('string_type', value)
    config = state.config
    if config.get('str_strip_whitespace'):
        value = value.strip()
    if config.get('str_to_lower'):
        value = value.lower()
    if config.get('str_to_upper'):
        value = value.upper()
    return value


_TRUE = {'1', 'on', 't', 'true', 'y', 'yes'}
_FALSE = {'0', 'off', 'f', 'false', 'n', 'no'}


def validate_bool(value, state):
    if type(value) is bool:
        return value
    if state.strict:
        _fail('bool_type', value)
    if isinstance(value, int):
        if value in (0, 1):
            return value == 1
        _fail('bool_parsing', value)
    if isinstance(value, float):
        if value in (0.0, 1.0):
            return value == 1.0
        _fail('bool_type', value)
    if isinstance(value, (str, bytes, bytearray)):
        text = value if isinstance(value, str) else bytes(value).decode('utf-8', 'replace')
        low = text.lower()
        if low in _TRUE:
            return True
        if low in _FALSE:
            return False
        _fail('bool_parsing', value)
    _fail('bool_type', value)


def validate_bytes(value, state):
    if isinstance(value, bytes):
        return value
    if state.strict:
        _fail('bytes_type', value)
    if isinstance(value, bytearray):
        return bytes(value)
    if isinstance(value, str):
        return value.encode()
    _fail('bytes_type', value)


def validate_none(value, state):
    if value is None:
        return None
    _fail('none_required', value)


def validate_any(value, state):
    return value


# Dates, UUIDs, decimals (their modules imported on first use) -------------------------

_TZ_CLASS = []


def _tz(seconds):
    """pydantic-core's fixed-offset tzinfo, printed `TzInfo(SECONDS)`."""
    import datetime
    if not _TZ_CLASS:
        class TzInfo(datetime.tzinfo):
            def __init__(self, seconds=0):
                self._seconds = seconds

            def utcoffset(self, dt):
                return datetime.timedelta(seconds=self._seconds)

            def dst(self, dt):
                return None

            def tzname(self, dt):
                if self._seconds == 0:
                    return 'UTC'
                sign = '-' if self._seconds < 0 else '+'
                m = abs(self._seconds) // 60
                return '%s%02d:%02d' % (sign, m // 60, m % 60)

            def __repr__(self):
                return 'TzInfo(%d)' % self._seconds

            def __eq__(self, other):
                return isinstance(other, datetime.tzinfo) and \
                    other.utcoffset(None) == self.utcoffset(None)

            def __hash__(self):
                return hash(self._seconds)

        _TZ_CLASS.append(TzInfo)
    return _TZ_CLASS[0](seconds)


class _Bad(Exception):
    pass


def _digits(s, start, n, what):
    part = s[start:start + n]
    if len(part) < n:
        raise _Bad('input is too short')
    if not part.isdigit() or not part.isascii():
        raise _Bad('invalid character in ' + what)
    return int(part)


def _days_in_month(year, month):
    if month == 2:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return 29 if leap else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _parse_date_part(s):
    if len(s) < 10:
        raise _Bad('input is too short')
    year = _digits(s, 0, 4, 'year')
    if s[4] != '-':
        raise _Bad('invalid date separator, expected `-`')
    month = _digits(s, 5, 2, 'month')
    if s[7] != '-':
        raise _Bad('invalid date separator, expected `-`')
    day = _digits(s, 8, 2, 'day')
    if not 1 <= month <= 12:
        raise _Bad('month value is outside expected range of 1-12')
    if not 1 <= day <= _days_in_month(year, month):
        raise _Bad('day value is outside expected range')
    return year, month, day


def _parse_datetime(s):
    import datetime
    year, month, day = _parse_date_part(s)
    if len(s) == 10:
        return datetime.datetime(year, month, day)
    if s[10] not in 'Tt _':
        raise _Bad('invalid datetime separator, expected `T`, `t`, `_` or space')
    rest = s[11:]
    hour = _digits(rest, 0, 2, 'hour')
    if rest[2:3] != ':':
        raise _Bad('invalid time separator, expected `:`' if rest[2:3] else 'input is too short')
    minute = _digits(rest, 3, 2, 'minute')
    i = 5
    second = micro = 0
    if rest[i:i + 1] == ':':
        second = _digits(rest, i + 1, 2, 'second')
        i += 3
        if rest[i:i + 1] in ('.', ','):
            j = i + 1
            while j < len(rest) and rest[j].isdigit():
                j += 1
            frac = rest[i + 1:j]
            if not frac:
                raise _Bad('invalid character in second fraction')
            micro = int((frac + '000000')[:6])
            i = j
    if hour > 23:
        raise _Bad('hour value is outside expected range of 0-23')
    if minute > 59:
        raise _Bad('minute value is outside expected range of 0-59')
    if second > 59:
        raise _Bad('second value is outside expected range of 0-59')
    tz = None
    tail = rest[i:]
    if tail in ('Z', 'z'):
        tz = _tz(0)
    elif tail:
        if tail[0] not in '+-':
            raise _Bad('invalid timezone sign')
        sign = -1 if tail[0] == '-' else 1
        th = _digits(tail, 1, 2, 'timezone hour')
        tm = 0
        k = 3
        if tail[k:k + 1] == ':':
            k += 1
        if k < len(tail):
            tm = _digits(tail, k, 2, 'timezone minute')
            k += 2
        if k < len(tail):
            raise _Bad('unexpected extra characters at the end of the input')
        tz = _tz(sign * (th * 3600 + tm * 60))
    return datetime.datetime(year, month, day, hour, minute, second, micro, tzinfo=tz)


def _from_timestamp(value):
    import datetime
    if abs(value) > 2e10:
        value = value / 1000
    epoch = datetime.datetime(1970, 1, 1, tzinfo=_tz(0))
    whole = int(value // 1)
    micro = round((value - whole) * 1e6)
    return epoch + datetime.timedelta(seconds=whole, microseconds=micro)


def _is_number_text(text):
    t = text.strip()
    if t[:1] in '+-':
        t = t[1:]
    return bool(t) and t.replace('.', '', 1).isdigit()


def validate_datetime(value, state):
    import datetime
    if isinstance(value, datetime.datetime):
        return value
    if state.strict:
        _fail('datetime_type', value)
    if isinstance(value, (bytes, bytearray)):
        value = bytes(value).decode('utf-8', 'replace')
    if isinstance(value, str):
        if _is_number_text(value):
            return _from_timestamp(float(value))
        try:
            return _parse_datetime(value)
        except _Bad as e:
            _fail('datetime_from_date_parsing', value, {'error': str(e)})
    if isinstance(value, datetime.date):
        return datetime.datetime(value.year, value.month, value.day)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _from_timestamp(value)
    _fail('datetime_type', value)


def validate_date(value, state):
    import datetime
    if isinstance(value, datetime.datetime):
        if state.strict:
            _fail('date_type', value)
        if (value.hour, value.minute, value.second, value.microsecond) != (0, 0, 0, 0):
            _fail('date_from_datetime_inexact', value)
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if state.strict:
        _fail('date_type', value)
    text = bytes(value).decode('utf-8', 'replace') if isinstance(value, (bytes, bytearray)) \
        else value
    if isinstance(text, str):
        try:
            if len(text) == 10:
                return datetime.date(*_parse_date_part(text))
            dt = _parse_datetime(text)
        except _Bad as e:
            _fail('date_from_datetime_parsing', value, {'error': str(e)})
        if (dt.hour, dt.minute, dt.second, dt.microsecond) != (0, 0, 0, 0):
            _fail('date_from_datetime_inexact', value)
        return dt.date()
    _fail('date_type', value)


def validate_uuid(value, state):
    import uuid
    if isinstance(value, uuid.UUID):
        return value
    if state.strict:
        _fail('uuid_type', value)
    try:
        if isinstance(value, str):
            problem = _uuid_text_problem(value)
            if problem is not None:
                _fail('uuid_parsing', value, {'error': problem})
            return uuid.UUID(value)
        if isinstance(value, (bytes, bytearray)):
            if len(value) == 16:
                return uuid.UUID(bytes=bytes(value))
            text = bytes(value).decode('latin-1')
            if _uuid_text_problem(text) is None:
                return uuid.UUID(text)
            _fail('uuid_parsing', value,
                  {'error': f'invalid length: expected 16 bytes, found {len(value)}'})
    except (ValueError, UnicodeDecodeError):
        _fail('uuid_parsing', value, {'error': 'invalid UUID'})
    _fail('uuid_type', value)


def _uuid_text_problem(text):
    """What pydantic-core says is wrong with a UUID's text, or None when it parses: the
    first character that is not hex, else the length (no hyphens), the number of groups,
    or the first group of the wrong length."""
    body, offset, simple = text, 0, True
    if len(text) >= 2 and text[0] == '{' and text[-1] == '}':
        body, simple = text[1:-1], False
    elif text.startswith('urn:uuid:'):
        body, offset, simple = text[9:], 9, False
    for i, ch in enumerate(body):
        if ch != '-' and ch not in '0123456789abcdefABCDEF':
            return f'invalid character: found `{ch}` at {i + offset}'
    groups = body.split('-')
    if len(groups) == 1 and simple:
        return None if len(body) == 32 else f'invalid length: found {len(text)}'
    if len(groups) != 5:
        return f'invalid group count: expected 5, found {len(groups)}'
    for n, (group, size) in enumerate(zip(groups, (8, 4, 4, 4, 12))):
        if len(group) != size:
            return f'invalid group length in group {n}: expected {size}, found {len(group)}'
    return None


def validate_decimal(value, state):
    import decimal
    if isinstance(value, decimal.Decimal):
        return value
    if state.strict:
        _fail('decimal_type', value)
    if isinstance(value, bool):
        _fail('decimal_type', value)
    if isinstance(value, int):
        return decimal.Decimal(value)
    if isinstance(value, float):
        return decimal.Decimal(repr(value))
    if isinstance(value, (str, bytes, bytearray)):
        text = value if isinstance(value, str) else bytes(value).decode('utf-8', 'replace')
        try:
            return decimal.Decimal(text.strip())
        except (decimal.InvalidOperation, ValueError):
            _fail('decimal_parsing', value)
    _fail('decimal_type', value)


_SPECIAL_TYPES = {
    ('datetime', 'datetime'): validate_datetime,
    ('datetime', 'date'): validate_date,
    ('uuid', 'UUID'): validate_uuid,
    ('decimal', 'Decimal'): validate_decimal,
}


def special_validator(tp):
    """The validator for datetime, date, UUID or Decimal, or None for another type."""
    key = (getattr(tp, '__module__', None), getattr(tp, '__name__', None))
    return _SPECIAL_TYPES.get(key)


def to_jsonable(value):
    """A dates, UUID or Decimal value as JSON writes it, or `value` itself."""
    module = type(value).__module__
    if module == 'datetime':
        text = value.isoformat()
        if hasattr(value, 'utcoffset') and text.endswith('+00:00') and \
                value.utcoffset() is not None:
            text = text[:-6] + 'Z'
        return text
    if module in ('uuid', 'decimal'):
        return str(value)
    return value


# Composites ------------------------------------------------------------------------

_SEQUENCES = (list, tuple, set, frozenset, _types.GeneratorType)


def _is_sequence_input(value):
    if isinstance(value, _SEQUENCES):
        return True
    name = type(value).__name__
    return name in ('dict_keys', 'dict_values', 'deque')


def _items(value, item, state):
    out = []
    errors = []
    for i, x in enumerate(value):
        try:
            out.append(item(x, state))
        except _LineErrors as e:
            errors.extend(_prefix(e.errors, i))
    if errors:
        raise _LineErrors(errors)
    return out


def list_validator(item):
    def validate_list(value, state):
        if isinstance(value, list) or (not state.strict and _is_sequence_input(value)):
            return _items(value, item, state)
        _fail('list_type', value)
    validate_list.field_type = 'List'
    return validate_list


def set_validator(item, kind=set):
    def validate_set(value, state):
        if isinstance(value, (set, frozenset)) or (
                not state.strict and _is_sequence_input(value)):
            return kind(_items(value, item, state))
        _fail('set_type' if kind is set else 'frozen_set_type', value)
    validate_set.field_type = 'Set' if kind is set else 'Frozenset'
    return validate_set


def tuple_validator(items, variadic):
    """`tuple[X, ...]` when `variadic` (items is [X]), else `tuple[A, B]` positionally."""
    def validate_tuple(value, state):
        if not (isinstance(value, tuple) or (not state.strict and _is_sequence_input(value))):
            _fail('tuple_type', value)
        values = list(value)
        if variadic:
            return tuple(_items(values, items[0], state))
        if len(values) > len(items):
            _fail('too_long', value, {'field_type': 'Tuple', 'max_length': len(items),
                                      'actual_length': len(values)})
        out = []
        errors = []
        for i, item in enumerate(items):
            if i >= len(values):
                errors.append(_error('missing', value, None, (i,)))
                continue
            try:
                out.append(item(values[i], state))
            except _LineErrors as e:
                errors.extend(_prefix(e.errors, i))
        if errors:
            raise _LineErrors(errors)
        return tuple(out)
    validate_tuple.field_type = 'Tuple'
    return validate_tuple


def dict_validator(key, val):
    def validate_dict(value, state):
        if not isinstance(value, dict):
            if state.strict or not hasattr(value, 'keys') or not hasattr(value, '__getitem__'):
                _fail('dict_type', value)
        out = {}
        errors = []
        for k in value.keys():
            v = value[k]
            ok = True
            try:
                nk = key(k, state)
            except _LineErrors as e:
                errors.extend(_prefix(_prefix(e.errors, '[key]'), k))
                ok = False
            try:
                nv = val(v, state)
            except _LineErrors as e:
                errors.extend(_prefix(e.errors, k))
                ok = False
            if ok:
                out[nk] = nv
        if errors:
            raise _LineErrors(errors)
        return out
    validate_dict.field_type = 'Dictionary'
    return validate_dict


def nullable_validator(inner):
    def validate_nullable(value, state):
        if value is None:
            return None
        return inner(value, state)
    validate_nullable.field_type = getattr(inner, 'field_type', None)
    return validate_nullable


def _literal_expected(values):
    texts = [repr(v) for v in values]
    if len(texts) == 1:
        return texts[0]
    return ', '.join(texts[:-1]) + ' or ' + texts[-1]


def literal_validator(values):
    expected = _literal_expected(values)

    def validate_literal(value, state):
        for v in values:
            if type(v) is type(value) and v == value:
                return v
        if not state.strict:
            # Lax mode: a string literal accepts bytes, an enum member its value.
            for v in values:
                if isinstance(value, (bytes, bytearray)) and isinstance(v, str):
                    try:
                        if bytes(value).decode() == v:
                            return v
                    except UnicodeDecodeError:
                        pass
                if hasattr(v, 'value') and type(v.value) is type(value) and v.value == value:
                    return v
        _fail('literal_error', value, {'expected': expected})
    return validate_literal


def enum_validator(enum_cls):
    members = list(enum_cls)
    expected = _literal_expected([m.value for m in members])

    def validate_enum(value, state):
        if isinstance(value, enum_cls):
            return value
        if not state.strict:
            for m in members:
                if m.value == value and (type(m.value) is type(value) or isinstance(m, type(value))):
                    return m
            for m in members:
                if m.value == value:
                    return m
            if isinstance(value, str) and issubclass(enum_cls, (int, float)):
                # An int or float enum takes the number a string spells, as its members' type would.
                try:
                    number = (int if issubclass(enum_cls, int) else float)(value.strip())
                except ValueError:
                    number = None
                for m in members:
                    if number is not None and m.value == number:
                        return m
        _fail('enum', value, {'expected': expected})
    return validate_enum


def instance_validator(cls):
    def validate_instance(value, state):
        if isinstance(value, cls):
            return value
        _fail('is_instance_of', value, {'class': cls.__name__})
    return validate_instance


def union_validator(members):
    """Smart mode: the first member that takes the value strictly, else the first that
    takes it in lax mode; when none does, each member's errors under its tag."""
    def validate_union(value, state):
        if not state.strict:
            strict = _State(state.config, True, state.from_attributes)
            for _, member in members:
                try:
                    return member(value, strict)
                except _LineErrors:
                    pass
        errors = []
        for tag, member in members:
            try:
                return member(value, state)
            except _LineErrors as e:
                errors.extend(_prefix(e.errors, tag))
        raise _LineErrors(errors)
    return validate_union


def constrained(inner, constraints, numeric_type=None):
    """Applies Field's constraints (gt/ge/lt/le/multiple_of, min/max_length) after `inner`."""
    def validate_constrained(raw, state):
        value = inner(raw, state)
        if value is None:
            return value
        errors = []
        for name, limit in constraints:
            if name in ('gt', 'ge', 'lt', 'le', 'multiple_of'):
                ctx_limit = limit
                if numeric_type is float and isinstance(limit, int) and not isinstance(limit, bool):
                    ctx_limit = float(limit)
                bad = {'gt': lambda: not value > limit, 'ge': lambda: not value >= limit,
                       'lt': lambda: not value < limit, 'le': lambda: not value <= limit,
                       'multiple_of': lambda: value % limit != 0}[name]()
                if bad:
                    kind = {'gt': 'greater_than', 'ge': 'greater_than_equal',
                            'lt': 'less_than', 'le': 'less_than_equal',
                            'multiple_of': 'multiple_of'}[name]
                    errors.append(_error(kind, raw, {name: ctx_limit}))
            elif name in ('min_length', 'max_length'):
                n = len(value)
                if (name == 'min_length' and n >= limit) or (name == 'max_length' and n <= limit):
                    continue
                if isinstance(value, str):
                    kind = 'string_too_short' if name == 'min_length' else 'string_too_long'
                    errors.append(_error(kind, raw, {name: limit}))
                else:
                    kind = 'too_short' if name == 'min_length' else 'too_long'
                    field_type = getattr(inner, 'field_type', None) or 'Value'
                    errors.append(_error(kind, raw, {'field_type': field_type, name: limit,
                                                       'actual_length': n}))
            elif name == 'pattern':
                import re
                if isinstance(value, str) and re.match(limit, value) is None:
                    errors.append(_error('string_pattern_mismatch', raw, {'pattern': limit}))
            if errors:
                break
        if errors:
            raise _LineErrors(errors)
        return value
    validate_constrained.field_type = getattr(inner, 'field_type', None)
    return validate_constrained


# JSON ------------------------------------------------------------------------------

def _json_float(f):
    if not _math.isfinite(f):
        return 'null'
    text = repr(f)
    if 'e' in text:
        mant, _, exp = text.partition('e')
        sign = '-' if exp.startswith('-') else '+'
        exp = exp.lstrip('+-').lstrip('0') or '0'
        text = mant + 'e' + sign + exp
    return text


_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t',
            '\b': '\\b', '\f': '\\f'}


def _json_str(s):
    if s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    out = ['"']
    for ch in s:
        esc = _ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
        elif ch < ' ':
            out.append('\\u%04x' % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def to_json_text(value, indent=None, level=0):
    """JSON as pydantic-core writes it: compact (`,` and `:`) or indented (`: `)."""
    if value is None:
        return 'null'
    if value is True:
        return 'true'
    if value is False:
        return 'false'
    if isinstance(value, int):
        return str(int(value))
    if isinstance(value, float):
        return _json_float(value)
    if isinstance(value, str):
        return _json_str(value)
    if isinstance(value, dict):
        if not value:
            return '{}'
        parts = [_json_str(str(k)) + (':' if indent is None else ': ')
                 + to_json_text(v, indent, level + 1) for k, v in value.items()]
        return _join('{', parts, '}', indent, level)
    if isinstance(value, (list, tuple)):
        if not value:
            return '[]'
        parts = [to_json_text(v, indent, level + 1) for v in value]
        return _join('[', parts, ']', indent, level)
    raise TypeError('Object of type %r is not JSON serializable' % type(value).__name__)


def _join(open_, parts, close, indent, level):
    if indent is None:
        return open_ + ','.join(parts) + close
    pad = ' ' * (indent * (level + 1))
    return (open_ + '\n' + pad + (',\n' + pad).join(parts) + '\n'
            + ' ' * (indent * level) + close)


def from_json(data):
    import json
    if isinstance(data, (bytes, bytearray)):
        data = bytes(data).decode()
    return json.loads(data)


def to_json(value, *, indent=None):
    return to_json_text(value, indent).encode()
