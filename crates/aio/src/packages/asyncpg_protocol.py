# Loopscope's asyncpg (following asyncpg 0.32): `asyncpg.protocol`, the PostgreSQL
# frontend/backend protocol v3 over an asyncio transport — messages, the startup and
# authentication exchange (trust, cleartext, MD5, SCRAM-SHA-256), one round trip at a
# time up to ReadyForQuery — and the binary codecs by type OID, with `Record`.
#
# The socket under it is the loop's: `loop.create_connection` to the server's address,
# which natively is a real TCP connection and in the page whatever the host plugs in.

import asyncio
import datetime as _dt
import hashlib
import hmac
import random as _random
import struct
import uuid as _uuid
from decimal import Decimal

from asyncpg import exceptions

_i16 = struct.Struct('!h')
_u16 = struct.Struct('!H')
_i32 = struct.Struct('!i')
_u32 = struct.Struct('!I')
_i64 = struct.Struct('!q')
_f32 = struct.Struct('!f')
_f64 = struct.Struct('!d')


def _message(kind, payload=b''):
    return kind + _i32.pack(len(payload) + 4) + payload


def _cstr(text):
    return text.encode('utf-8') + b'\0'


class _Reader:
    """Reads the fields of one message's payload in order."""

    def __init__(self, data):
        self.data = data
        self.pos = 0

    def byte(self):
        b = self.data[self.pos:self.pos + 1]
        self.pos += 1
        return b

    def int16(self):
        v = _i16.unpack_from(self.data, self.pos)[0]
        self.pos += 2
        return v

    def int32(self):
        v = _i32.unpack_from(self.data, self.pos)[0]
        self.pos += 4
        return v

    def uint32(self):
        v = _u32.unpack_from(self.data, self.pos)[0]
        self.pos += 4
        return v

    def cstr(self):
        end = self.data.index(b'\0', self.pos)
        text = self.data[self.pos:end].decode('utf-8', 'replace')
        self.pos = end + 1
        return text

    def take(self, n):
        b = self.data[self.pos:self.pos + n]
        self.pos += n
        return b

    def rest(self):
        return self.data[self.pos:]


def error_fields(payload):
    """An ErrorResponse's or NoticeResponse's fields, by their letters."""
    fields = {}
    r = _Reader(payload)
    while r.pos < len(payload):
        code = r.byte()
        if code == b'\0':
            break
        fields[code.decode()] = r.cstr()
    return fields


# ---- Records ----------------------------------------------------------------------

class Record:
    """A row: by index like a tuple, by column name like a mapping."""

    __slots__ = ('_desc', '_values')

    def __init__(self, desc, values):
        # desc: (column names in order, {name: index of its first column}).
        self._desc = desc
        self._values = values

    def __len__(self):
        return len(self._values)

    def __getitem__(self, key):
        if isinstance(key, str):
            try:
                return self._values[self._desc[1][key]]
            except KeyError:
                raise KeyError(key) from None
        if isinstance(key, slice):
            return self._values[key]
        try:
            return self._values[key]
        except IndexError:
            raise IndexError('record index out of range') from None

    def get(self, key, default=None):
        index = self._desc[1].get(key)
        if index is None:
            return default
        return self._values[index]

    def keys(self):
        return iter(self._desc[0])

    def values(self):
        return iter(self._values)

    def items(self):
        return iter(zip(self._desc[0], self._values))

    def __iter__(self):
        return iter(self._values)

    def __contains__(self, key):
        return key in self._desc[1]

    def __eq__(self, other):
        if isinstance(other, Record):
            return self._values == other._values
        if isinstance(other, tuple):
            return self._values == other
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __lt__(self, other):
        if isinstance(other, Record):
            return self._values < other._values
        return NotImplemented

    def __hash__(self):
        return hash(self._values)

    def __setitem__(self, key, value):
        raise TypeError(f"'{_RECORD_NAME}' object does not support item assignment")

    def __getattr__(self, name):
        raise AttributeError(f"'{_RECORD_NAME}' object has no attribute '{name}'")

    def __repr__(self):
        name = type(self).__name__
        if not self._values:
            return f'<{name}>'
        parts = ' '.join(f'{key}={value!r}'
                         for key, value in zip(self._desc[0], self._values))
        return f'<{name} {parts}>'


Record.__module__ = 'asyncpg'
_RECORD_NAME = 'asyncpg.protocol.record.Record'


# ---- Codecs -----------------------------------------------------------------------

_PG_EPOCH_DATE = _dt.date(2000, 1, 1)
_PG_EPOCH = _dt.datetime(2000, 1, 1)
_PG_EPOCH_UTC = _dt.datetime(2000, 1, 1, tzinfo=_dt.timezone.utc)
_INFINITY_DATE = 2 ** 31 - 1
_INFINITY_TS = 2 ** 63 - 1


def _dec_numeric(data):
    r = _Reader(data)
    ndigits, weight, sign, dscale = r.int16(), r.int16(), _u16.unpack_from(data, 4)[0], None
    r.pos = 6
    dscale = r.int16()
    if sign == 0xC000:
        return Decimal('NaN')
    if sign == 0xD000:
        return Decimal('Infinity')
    if sign == 0xF000:
        return Decimal('-Infinity')
    groups = [r.int16() for _ in range(ndigits)]
    text = ''.join('%04d' % g for g in groups) or '0'
    # The digits stand for text * 10000 ** (weight - ndigits + 1); place the point for
    # `dscale` digits after it.
    point = (weight + 1) * 4
    if point <= 0:
        text = '0' * (-point) + text
        point = 0
    elif point > len(text):
        text = text + '0' * (point - len(text))
    whole, frac = text[:point].lstrip('0') or '0', text[point:]
    frac = (frac + '0' * dscale)[:dscale]
    out = whole + ('.' + frac if dscale else '')
    return Decimal(('-' if sign == 0x4000 else '') + out)


def _enc_numeric(value):
    if isinstance(value, float):
        value = Decimal(repr(value))
    elif not isinstance(value, Decimal):
        value = Decimal(value)
    if value.is_nan():
        return _i16.pack(0) + _i16.pack(0) + _u16.pack(0xC000) + _i16.pack(0)
    if value.is_infinite():
        return (_i16.pack(0) + _i16.pack(0)
                + _u16.pack(0xF000 if value.is_signed() else 0xD000) + _i16.pack(0))
    sign, digits, exponent = value.as_tuple()
    text = ''.join(map(str, digits))
    dscale = max(0, -exponent)
    if exponent >= 0:
        whole, frac = text + '0' * exponent, ''
    else:
        cut = len(text) + exponent
        if cut < 0:
            text = '0' * (-cut) + text
            cut = 0
        whole, frac = text[:cut], text[cut:]
    whole = whole.lstrip('0')
    whole = '0' * (-len(whole) % 4) + whole
    frac = frac + '0' * (-len(frac) % 4)
    groups = [int(whole[i:i + 4]) for i in range(0, len(whole), 4)]
    weight = len(groups) - 1
    groups += [int(frac[i:i + 4]) for i in range(0, len(frac), 4)]
    while groups and groups[0] == 0:
        groups.pop(0)
        weight -= 1
    while groups and groups[-1] == 0:
        groups.pop()
    if not groups:
        weight = 0
    out = [_i16.pack(len(groups)), _i16.pack(weight),
           _u16.pack(0x4000 if sign else 0), _i16.pack(dscale)]
    out += [_i16.pack(g) for g in groups]
    return b''.join(out)


def _dec_date(data):
    days = _i32.unpack(data)[0]
    if days == _INFINITY_DATE:
        return _dt.date.max
    if days == -_INFINITY_DATE - 1:
        return _dt.date.min
    return _PG_EPOCH_DATE + _dt.timedelta(days=days)


def _timestamp_decoder(epoch, tz):
    """Microseconds since 2000-01-01 (UTC for timestamptz); +-infinity are the ends."""
    top = _dt.datetime.max.replace(tzinfo=tz)
    bottom = _dt.datetime.min.replace(tzinfo=tz)

    def decode(data):
        us = _i64.unpack(data)[0]
        if us == _INFINITY_TS:
            return top
        if us == -_INFINITY_TS - 1:
            return bottom
        return epoch + _dt.timedelta(microseconds=us)
    return decode


_dec_timestamp = _timestamp_decoder(_PG_EPOCH, None)
_dec_timestamptz = _timestamp_decoder(_PG_EPOCH_UTC, _dt.timezone.utc)


def _dec_time(data):
    us = _i64.unpack(data)[0]
    seconds, us = divmod(us, 1000000)
    minutes, second = divmod(seconds, 60)
    hour, minute = divmod(minutes, 60)
    return _dt.time(hour, minute, second, us)


def _dec_timetz(data):
    t = _dec_time(data[:8])
    offset = -_i32.unpack(data[8:12])[0]
    return t.replace(tzinfo=_dt.timezone(_dt.timedelta(seconds=offset)))


def _dec_interval(data):
    us = _i64.unpack(data[:8])[0]
    days = _i32.unpack(data[8:12])[0]
    years, months = divmod(_i32.unpack(data[12:16])[0], 12)
    return _dt.timedelta(days=days + years * 365 + months * 30, microseconds=us)


def _text(data):
    return bytes(data).decode('utf-8')


DECODERS = {
    16: lambda d: d == b'\x01',                       # bool
    17: bytes,                                        # bytea
    18: _text,                                        # "char"
    19: _text,                                        # name
    20: lambda d: _i64.unpack(d)[0],                  # int8
    21: lambda d: _i16.unpack(d)[0],                  # int2
    23: lambda d: _i32.unpack(d)[0],                  # int4
    25: _text,                                        # text
    26: lambda d: _u32.unpack(d)[0],                  # oid
    114: _text,                                       # json
    142: _text,                                       # xml
    700: lambda d: _f32.unpack(d)[0],                 # float4
    701: lambda d: _f64.unpack(d)[0],                 # float8
    705: _text,                                       # unknown
    1042: _text,                                      # bpchar
    1043: _text,                                      # varchar
    1082: _dec_date,
    1083: _dec_time,
    1114: _dec_timestamp,
    1184: _dec_timestamptz,
    1186: _dec_interval,
    1266: _dec_timetz,
    1700: _dec_numeric,
    2278: lambda d: None,                             # void
    2950: lambda d: _uuid.UUID(bytes=bytes(d)),       # uuid
    3802: lambda d: _text(d[1:]),                     # jsonb
}

# Array type OID -> element type OID.
ARRAYS = {
    1000: 16, 1001: 17, 1002: 18, 1003: 19, 1016: 20, 1005: 21, 1007: 23, 1009: 25,
    1028: 26, 199: 114, 1021: 700, 1022: 701, 1014: 1042, 1015: 1043, 1182: 1082,
    1183: 1083, 1115: 1114, 1185: 1184, 1187: 1186, 1231: 1700, 2951: 2950, 3807: 3802,
}

TYPE_NAMES = {
    16: 'bool', 17: 'bytea', 18: 'char', 19: 'name', 20: 'int8', 21: 'int2', 23: 'int4',
    25: 'text', 26: 'oid', 114: 'json', 142: 'xml', 700: 'float4', 701: 'float8',
    705: 'unknown', 1042: 'bpchar', 1043: 'varchar', 1082: 'date', 1083: 'time',
    1114: 'timestamp', 1184: 'timestamptz', 1186: 'interval', 1266: 'timetz',
    1700: 'numeric', 2278: 'void', 2950: 'uuid', 3802: 'jsonb',
}


def _dec_array(elem, data):
    r = _Reader(data)
    ndims = r.int32()
    r.int32()
    r.uint32()
    if ndims == 0:
        return []
    dims = []
    for _ in range(ndims):
        dims.append(r.int32())
        r.int32()
    decode = DECODERS.get(elem, _text)

    def build(level):
        out = []
        for _ in range(dims[level]):
            if level + 1 < ndims:
                out.append(build(level + 1))
            else:
                n = r.int32()
                out.append(None if n < 0 else decode(r.take(n)))
        return out
    return build(0)


def can_decode(oid):
    return oid in DECODERS or oid in ARRAYS


def decode(oid, data):
    if data is None:
        return None
    codec = DECODERS.get(oid)
    if codec is not None:
        return codec(data)
    elem = ARRAYS.get(oid)
    if elem is not None:
        return _dec_array(elem, data)
    return _text(data)


# Encoders raise TypeError or ValueError with the words asyncpg puts in parentheses.

def _int_encoder(bits, packer):
    low, high = -(1 << (bits - 1)), (1 << (bits - 1)) - 1

    def encode(value):
        if not hasattr(type(value), '__index__'):
            raise TypeError(
                f"{type(value).__name__!r} object cannot be interpreted as an integer")
        n = value.__index__()
        if not low <= n <= high:
            raise OverflowError(f'value out of int{bits} range')
        return packer.pack(n)
    return encode


def _enc_float(packer):
    def encode(value):
        if isinstance(value, (str, bytes)):
            raise TypeError(f'must be real number, not {type(value).__name__}')
        return packer.pack(float(value))
    return encode


def _enc_text(value):
    if not isinstance(value, str):
        raise TypeError(f'expected str, got {type(value).__name__}')
    return value.encode('utf-8')


def _enc_bool(value):
    if not isinstance(value, bool):
        raise TypeError(f'a boolean is required (got type {type(value).__name__})')
    return b'\x01' if value else b'\x00'


def _enc_bytea(value):
    if not isinstance(value, (bytes, bytearray)):
        raise TypeError(f"a bytes-like object is required, not '{type(value).__name__}'")
    return bytes(value)


def _enc_date(value):
    if value is _dt.date.max:
        return _i32.pack(_INFINITY_DATE)
    return _i32.pack(value.toordinal() - _PG_EPOCH_DATE.toordinal())


def _micros(delta):
    return (delta.days * 86400 + delta.seconds) * 1000000 + delta.microseconds


def _enc_timestamp(value):
    if not isinstance(value, _dt.datetime):
        value.toordinal  # raises the AttributeError asyncpg reports
        value = _dt.datetime.combine(value, _dt.time())
    return _i64.pack(_micros(value - _PG_EPOCH))


def _enc_timestamptz(value):
    if not isinstance(value, _dt.datetime):
        value.toordinal
        value = _dt.datetime.combine(value, _dt.time())
    if value.tzinfo is None:
        value = value.replace(tzinfo=_dt.timezone.utc)
    return _i64.pack(_micros(value - _PG_EPOCH_UTC))


def _enc_time(value):
    us = ((value.hour * 60 + value.minute) * 60 + value.second) * 1000000 + value.microsecond
    return _i64.pack(us)


def _enc_interval(value):
    days = value.days
    return (_i64.pack(value.seconds * 1000000 + value.microseconds)
            + _i32.pack(days) + _i32.pack(0))


def _enc_uuid(value):
    if isinstance(value, str):
        if not 32 <= len(value) <= 36:
            raise ValueError(f'invalid UUID {value!r}: length must be between 32..36 '
                             f'characters, got {len(value)}')
        try:
            return _uuid.UUID(value).bytes
        except ValueError:
            raise ValueError(f'invalid UUID {value!r}: could not parse') from None
    return value.bytes


ENCODERS = {
    16: _enc_bool,
    17: _enc_bytea,
    18: _enc_text,
    19: _enc_text,
    20: _int_encoder(64, _i64),
    21: _int_encoder(16, _i16),
    23: _int_encoder(32, _i32),
    25: _enc_text,
    26: lambda v: _u32.pack(v),
    114: _enc_text,
    142: _enc_text,
    700: _enc_float(_f32),
    701: _enc_float(_f64),
    705: _enc_text,
    1042: _enc_text,
    1043: _enc_text,
    1082: _enc_date,
    1083: _enc_time,
    1114: _enc_timestamp,
    1184: _enc_timestamptz,
    1186: _enc_interval,
    1700: _enc_numeric,
    2950: _enc_uuid,
    3802: lambda v: b'\x01' + _enc_text(v),
}


def _enc_array(elem, value):
    if isinstance(value, (str, bytes)) or not hasattr(value, '__iter__'):
        raise TypeError(f'a sized iterable container expected (got type {type(value).__name__!r})')
    dims = []
    probe = value
    while isinstance(probe, (list, tuple)):
        dims.append(len(probe))
        if not probe:
            break
        probe = probe[0]
    flat = []

    def walk(v, level):
        if level < len(dims):
            if not isinstance(v, (list, tuple)) or len(v) != dims[level]:
                raise ValueError('non-homogeneous array')
            for item in v:
                walk(item, level + 1)
        else:
            flat.append(v)
    walk(list(value), 0)
    if dims == [0]:
        return _i32.pack(0) + _i32.pack(0) + _u32.pack(elem)
    encode = ENCODERS.get(elem, _enc_text)
    has_null = any(v is None for v in flat)
    out = [_i32.pack(len(dims)), _i32.pack(1 if has_null else 0), _u32.pack(elem)]
    for d in dims:
        out.append(_i32.pack(d) + _i32.pack(1))
    for index, v in enumerate(flat):
        if v is None:
            out.append(_i32.pack(-1))
        else:
            try:
                data = encode(v)
            except (TypeError, ValueError, OverflowError, AttributeError) as e:
                raise type(e)(f'invalid array element at index {index}: {e}') from None
            out.append(_i32.pack(len(data)) + data)
    return b''.join(out)


def encode(oid, value):
    """`value` in `oid`'s binary format (None is NULL: the caller handles it)."""
    codec = ENCODERS.get(oid)
    if codec is not None:
        return codec(value)
    elem = ARRAYS.get(oid)
    if elem is not None:
        return _enc_array(elem, value)
    return _enc_text(value)


# ---- The wire ---------------------------------------------------------------------

class Wire(asyncio.Protocol):
    """One connection's protocol: collects the server's messages and hands each round
    trip's to whoever waits for it (ParameterStatus and notices are kept aside)."""

    def __init__(self, loop):
        self.loop = loop
        self.transport = None
        self.buffer = bytearray()
        self.messages = []
        self.waiter = None
        self.until = b'Z'
        self.settings = {}
        self.backend_pid = None
        self.backend_key = None
        self.status = b'I'
        self.lost = False
        self.on_notice = None
        self.on_notification = None
        self.ready = []
        # A round trip whose waiter went away (a timeout) still owns the wire until its
        # ReadyForQuery: the next one waits for that.
        self.draining = None
        # The name of the task that last sent something, and the host socket's id (None
        # when the server is the program's own).
        self.task = None
        self.socket_id = None

    def connection_made(self, transport):
        self.transport = transport
        link = getattr(transport, '_link', None)
        self.socket_id = getattr(link, '_id', None)
        if self.socket_id is not None:
            _WIRES[self.socket_id] = self

    def data_received(self, data):
        buf = self.buffer
        buf.extend(data)
        while len(buf) >= 5:
            size = _i32.unpack_from(buf, 1)[0]
            if len(buf) < size + 1:
                break
            kind = bytes(buf[0:1])
            payload = bytes(buf[5:size + 1])
            del buf[:size + 1]
            self._message(kind, payload)

    def _message(self, kind, payload):
        if kind == b'S':
            r = _Reader(payload)
            name = r.cstr()
            self.settings[name] = r.cstr()
            return
        if kind == b'N':
            if self.on_notice is not None:
                self.on_notice(error_fields(payload))
            return
        if kind == b'A':
            if self.on_notification is not None:
                r = _Reader(payload)
                pid = r.int32()
                channel = r.cstr()
                self.on_notification(pid, channel, r.cstr())
            return
        if kind == b'K':
            r = _Reader(payload)
            self.backend_pid, self.backend_key = r.int32(), r.int32()
            return
        if kind == b'Z':
            self.status = payload[:1]
        self.messages.append((kind, payload))
        if kind in self.until:
            messages, self.messages = self.messages, []
            waiter, self.waiter = self.waiter, None
            if waiter is not None and not waiter.done():
                waiter.set_result(messages)
            elif self.draining is not None:
                if kind == b'Z':
                    draining, self.draining = self.draining, None
                    if not draining.done():
                        draining.set_result(None)
            else:
                # Arrived with an earlier batch (the startup's messages after
                # AuthenticationOk): the next exchange takes it.
                self.ready.append(messages)

    def connection_lost(self, exc):
        self.lost = True
        if _WIRES.get(self.socket_id) is self:
            del _WIRES[self.socket_id]
        waiter, self.waiter = self.waiter, None
        if waiter is not None and not waiter.done():
            waiter.set_exception(exceptions.ConnectionDoesNotExistError(
                'connection was closed in the middle of operation'))
        if self.draining is not None and not self.draining.done():
            self.draining.set_result(None)

    async def exchange(self, data, until=b'Z'):
        """Sends `data` and returns the server's messages up to one of kind `until`."""
        if self.draining is not None:
            await asyncio.shield(self.draining)
        if self.lost:
            raise exceptions.ConnectionDoesNotExistError(
                'connection was closed in the middle of operation')
        self.until = until
        if data:
            task = asyncio.current_task()
            self.task = task.get_name() if task is not None else None
            self.transport.write(data)
        if self.ready:
            return self.ready.pop(0)
        waiter = self.waiter = self.loop.create_future()
        try:
            return await waiter
        except asyncio.CancelledError:
            if self.waiter is waiter:
                self.waiter = None
                self.draining = self.loop.create_future()
            raise


# The wires open now by their socket's id, which is how Loopscope's one-session database
# (www/pglite/session.js) names a connection when one waits too long for another.
_WIRES = {}


def _who(socket_id):
    """The task that last used connection `socket_id`, as an error names it."""
    wire = _WIRES.get(socket_id)
    task = wire.task if wire is not None else None
    if task is None:
        return f"connection {socket_id}"
    return f"task {task!r} (connection {socket_id})"


def _name_tasks(fields):
    """Our one-session database's wait error names connections; the program knows tasks."""
    if fields.get('C') != '55P03':
        return
    words = fields.get('M', '').split(' ')
    # "connection N waited S s for connection M, which holds an open transaction"
    if len(words) > 8 and words[0] == 'connection' and words[2:3] == ['waited'] and words[5:7] == ['for', 'connection']:
        waiting, holding = words[1], words[7].rstrip(',')
        if waiting.isdigit() and holding.isdigit():
            rest = ' '.join(words[8:])
            fields['M'] = (f"{_who(int(waiting))} waited {words[3]} s for "
                           f"{_who(int(holding))}, {rest}")


def raise_errors(messages, query=None):
    """Raises the server's error among `messages`, if it sent one."""
    for kind, payload in messages:
        if kind == b'E':
            fields = error_fields(payload)
            _name_tasks(fields)
            raise exceptions._from_fields(fields, query)


# ---- Startup and authentication ---------------------------------------------------

def startup_message(params):
    body = _i32.pack(196608) + b''.join(_cstr(k) + _cstr(v) for k, v in params.items()) + b'\0'
    return _i32.pack(len(body) + 4) + body


def _b64(data):
    import base64
    return base64.b64encode(data).decode('ascii')


def _unb64(text):
    import base64
    return base64.b64decode(text)


async def authenticate(wire, params, password):
    """The startup exchange, through AuthenticationOk to the first ReadyForQuery."""
    messages = await wire.exchange(startup_message(params), until=b'RZE')
    scram = None
    while True:
        kind, payload = messages[-1]
        if kind == b'E':
            raise exceptions._from_fields(error_fields(payload))
        if kind == b'Z':
            return
        code = _i32.unpack_from(payload)[0]
        if code == 0:
            reply = None
        elif code == 3:
            if password is None:
                raise exceptions.InterfaceError(
                    'server requires a password, but none was provided')  # noqa
            reply = _message(b'p', _cstr(password))
        elif code == 5:
            if password is None:
                raise exceptions.InterfaceError(
                    'server requires a password, but none was provided')
            salt = payload[4:8]
            inner = hashlib.md5((password + params['user']).encode()).hexdigest()
            outer = hashlib.md5(inner.encode() + salt).hexdigest()
            reply = _message(b'p', _cstr('md5' + outer))
        elif code == 10:
            if password is None:
                raise exceptions.InterfaceError(
                    'server requires a password, but none was provided')
            nonce = _b64(bytes(_random.getrandbits(8) for _ in range(18)))
            scram = {'bare': 'n=,r=' + nonce, 'nonce': nonce}
            first = ('n,,' + scram['bare']).encode()
            reply = _message(b'p', _cstr('SCRAM-SHA-256') + _i32.pack(len(first)) + first)
        elif code == 11:
            server_first = payload[4:].decode()
            attrs = dict(part.split('=', 1) for part in server_first.split(','))
            if not attrs['r'].startswith(scram['nonce']):
                raise exceptions.InternalClientError('server SCRAM nonce does not match')
            salted = hashlib.pbkdf2_hmac('sha256', password.encode('utf-8'),
                                         _unb64(attrs['s']), int(attrs['i']))
            client_key = hmac.new(salted, b'Client Key', 'sha256').digest()
            stored = hashlib.sha256(client_key).digest()
            without_proof = 'c=biws,r=' + attrs['r']
            auth_message = ','.join((scram['bare'], server_first, without_proof)).encode()
            signature = hmac.new(stored, auth_message, 'sha256').digest()
            proof = bytes(a ^ b for a, b in zip(client_key, signature))
            reply = _message(b'p', (without_proof + ',p=' + _b64(proof)).encode())
        elif code == 12:
            reply = None
        else:
            raise exceptions.InterfaceError(
                f'unsupported authentication method requested by the server: {code}')
        messages = await wire.exchange(reply, until=b'RZE')
