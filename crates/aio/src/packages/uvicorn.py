# Loopscope's uvicorn: the ASGI server of uvicorn 0.55, written for Loopscope in Python —
# `uvicorn.run`, `Config` and `Server` (startup, the main loop's 0.1 s tick, graceful
# shutdown), the lifespan protocol, and HTTP/1.1 as uvicorn's h11 protocol speaks it
# (keep-alive, chunked and Content-Length bodies, HTTP/1.0, `Expect: 100-continue`, 400
# for requests it cannot parse, 500 when the app fails before answering), with one task
# per request. Its server is one of the loop's (`loop.create_server`: the program's own
# clients reach it in memory), offered to the host by `selector_events.expose`. Logging is
# uvicorn's default configuration: `uvicorn.error` to stderr, the access log to stdout,
# `INFO:     ` prefixes, no colours when not on a terminal. There are no signals,
# reloader, worker processes, TLS or WebSockets (an upgrade is answered as uvicorn does
# without a WebSocket library).

import asyncio
import copy as _copy
import http as _http
import logging as _logging
import re as _re
import sys
import time as _time
from urllib.parse import unquote as _unquote

__version__ = '0.55.0'
__all__ = ['main', 'run', 'Config', 'Server']

TRACE_LOG_LEVEL = 5
STARTUP_FAILURE = 3
HIGH_WATER_LIMIT = 65536
CLOSE_HEADER = (b'connection', b'close')

LOG_LEVELS = {
    'critical': _logging.CRITICAL,
    'error': _logging.ERROR,
    'warning': _logging.WARNING,
    'info': _logging.INFO,
    'debug': _logging.DEBUG,
    'trace': TRACE_LOG_LEVEL,
}
LIFESPAN = {
    'auto': 'uvicorn:LifespanOn',
    'on': 'uvicorn:LifespanOn',
    'off': 'uvicorn:LifespanOff',
}
INTERFACES = ['auto', 'asgi3', 'asgi2', 'wsgi']

LOGGING_CONFIG = {
    'version': 1,
    'disable_existing_loggers': False,
    'formatters': {
        'default': {
            '()': 'uvicorn.logging.DefaultFormatter',
            'fmt': '%(levelprefix)s %(message)s',
            'use_colors': None,
        },
        'access': {
            '()': 'uvicorn.logging.AccessFormatter',
            'fmt': '%(levelprefix)s %(client_addr)s - "%(request_line)s" %(status_code)s',
        },
    },
    'handlers': {
        'default': {
            'formatter': 'default',
            'class': 'logging.StreamHandler',
            'stream': 'ext://sys.stderr',
        },
        'access': {
            'formatter': 'access',
            'class': 'logging.StreamHandler',
            'stream': 'ext://sys.stdout',
        },
    },
    'loggers': {
        'uvicorn': {'handlers': ['default'], 'level': 'INFO', 'propagate': False},
        'uvicorn.error': {'level': 'INFO'},
        'uvicorn.access': {'handlers': ['access'], 'level': 'INFO', 'propagate': False},
    },
}

logger = _logging.getLogger('uvicorn.error')


def _process_id():
    try:
        import os
    except ImportError:
        return 1
    return os.getpid()


# ---------------------------------------------------------------------------------------
# Terminal styles and uvicorn's log formatters.

_COLOURS = {
    'black': 30, 'red': 31, 'green': 32, 'yellow': 33, 'blue': 34, 'magenta': 35,
    'cyan': 36, 'white': 37, 'bright_black': 90, 'bright_red': 91, 'bright_green': 92,
    'bright_yellow': 93, 'bright_blue': 94, 'bright_magenta': 95, 'bright_cyan': 96,
    'bright_white': 97,
}


def _style(text, fg=None, bold=False):
    start = ''
    if fg is not None:
        start += '\033[%dm' % _COLOURS[fg]
    if bold:
        start += '\033[1m'
    return start + str(text) + '\033[0m'


class ColourizedFormatter(_logging.Formatter):
    """`%(levelprefix)s` is the level name and a colon padded to nine characters
    (coloured on a terminal); a record's `color_message` extra replaces its message when
    colours are on."""

    level_name_colors = {
        TRACE_LOG_LEVEL: 'blue',
        _logging.DEBUG: 'cyan',
        _logging.INFO: 'green',
        _logging.WARNING: 'yellow',
        _logging.ERROR: 'red',
        _logging.CRITICAL: 'bright_red',
    }

    def __init__(self, fmt=None, datefmt=None, style='%', use_colors=None):
        if use_colors is True or use_colors is False:
            self.use_colors = use_colors
        else:
            isatty = getattr(sys.stdout, 'isatty', None)
            self.use_colors = bool(isatty()) if isatty is not None else False
        super().__init__(fmt=fmt, datefmt=datefmt, style=style)

    def color_level_name(self, level_name, level_no):
        colour = self.level_name_colors.get(level_no)
        if colour is None:
            return str(level_name)
        return _style(level_name, fg=colour)

    def should_use_colors(self):
        return True

    def formatMessage(self, record):
        shown = _copy.copy(record)
        name = shown.levelname
        padding = ' ' * (8 - len(shown.levelname))
        if self.use_colors:
            name = self.color_level_name(name, shown.levelno)
            if 'color_message' in shown.__dict__:
                shown.msg = shown.__dict__['color_message']
                shown.__dict__['message'] = shown.getMessage()
        shown.__dict__['levelprefix'] = name + ':' + padding
        return super().formatMessage(shown)


class DefaultFormatter(ColourizedFormatter):
    def should_use_colors(self):
        isatty = getattr(sys.stderr, 'isatty', None)
        return bool(isatty()) if isatty is not None else False


class AccessFormatter(ColourizedFormatter):
    """Formats the access logger's records, whose arguments are (client address, method,
    path with query, HTTP version, status)."""

    status_code_colours = {1: 'bright_white', 2: 'green', 3: 'yellow', 4: 'red',
                           5: 'bright_red'}

    def get_status_code(self, status_code):
        try:
            phrase = _http.HTTPStatus(status_code).phrase
        except ValueError:
            phrase = ''
        text = '%s %s' % (status_code, phrase)
        if self.use_colors:
            colour = self.status_code_colours.get(status_code // 100)
            if colour is not None:
                return _style(text, fg=colour)
        return text

    def formatMessage(self, record):
        shown = _copy.copy(record)
        client_addr, method, full_path, http_version, status_code = shown.args
        status = self.get_status_code(int(status_code))
        request_line = '%s %s HTTP/%s' % (method, full_path, http_version)
        if self.use_colors:
            request_line = _style(request_line, bold=True)
        shown.__dict__['client_addr'] = client_addr
        shown.__dict__['request_line'] = request_line
        shown.__dict__['status_code'] = status
        return super().formatMessage(shown)


# ---------------------------------------------------------------------------------------
# The part of `logging.config.dictConfig` a uvicorn logging configuration uses.

def _resolve_dotted(name):
    parts = name.split('.')
    found = __import__(parts[0])
    path = parts[0]
    for part in parts[1:]:
        path += '.' + part
        try:
            found = getattr(found, part)
        except AttributeError:
            __import__(path)
            found = sys.modules[path] if path in sys.modules else getattr(found, part)
    return found


def _external(value):
    if isinstance(value, str) and value.startswith('ext://'):
        return _resolve_dotted(value[len('ext://'):])
    return value


def _configure_logging_dict(config):
    config = _copy.deepcopy(config)
    formatters = {}
    for name, spec in config.get('formatters', {}).items():
        spec = dict(spec)
        factory = spec.pop('()', None)
        if factory is not None:
            if isinstance(factory, str):
                factory = _resolve_dotted(factory)
            formatters[name] = factory(**spec)
        else:
            cls = spec.get('class')
            cls = _resolve_dotted(cls) if cls else _logging.Formatter
            style = spec.get('style', '%')
            formatters[name] = cls(spec.get('format'), spec.get('datefmt'), style)
    handlers = {}
    for name in sorted(config.get('handlers', {})):
        spec = dict(config['handlers'][name])
        formatter = spec.pop('formatter', None)
        level = spec.pop('level', None)
        spec.pop('filters', None)
        factory = spec.pop('()', None) or spec.pop('class')
        if isinstance(factory, str):
            factory = _resolve_dotted(factory)
        kwargs = {key: _external(value) for key, value in spec.items() if key != '.'}
        handler = factory(**kwargs)
        handler.name = name
        if formatter is not None:
            handler.setFormatter(formatters[formatter])
        if level is not None:
            handler.setLevel(level)
        handlers[name] = handler

    def configure(target, spec):
        level = spec.get('level')
        if level is not None:
            target.setLevel(level)
        for handler in list(target.handlers):
            target.removeHandler(handler)
        for name in spec.get('handlers', []):
            target.addHandler(handlers[name])
        propagate = spec.get('propagate')
        if propagate is not None:
            target.propagate = propagate
        target.disabled = False

    loggers = config.get('loggers', {})
    if config.get('disable_existing_loggers', True):
        manager = _logging.getLogger().manager
        existing = getattr(manager, 'loggerDict', {})
        for name, known in list(existing.items()):
            if not isinstance(known, _logging.Logger) or name in loggers:
                continue
            if any(name.startswith(configured + '.') for configured in loggers):
                continue
            known.disabled = True
    for name, spec in loggers.items():
        configure(_logging.getLogger(name), spec)
    if 'root' in config:
        configure(_logging.getLogger(), config['root'])


# ---------------------------------------------------------------------------------------
# Import strings ("module:attribute").

class ImportFromStringError(Exception):
    pass


def _main_module_aliases():
    main = sys.modules.get('__main__')
    names = {'__main__'}
    path = getattr(main, '__file__', None)
    if isinstance(path, str):
        stem = path.replace('\\', '/').rsplit('/', 1)[-1]
        if stem.endswith('.py'):
            stem = stem[:-3]
        names.add(stem)
    return names


def import_from_string(import_str):
    if not isinstance(import_str, str):
        return import_str
    module_str, _, attrs_str = import_str.partition(':')
    if not module_str or not attrs_str:
        raise ImportFromStringError(
            'Import string "%s" must be in format "<module>:<attribute>".' % import_str)
    if module_str in _main_module_aliases():
        # The program is the only file of a run: its name (or its file's) is `__main__`.
        module = sys.modules['__main__']
    else:
        try:
            __import__(module_str)
        except ModuleNotFoundError as exc:
            if getattr(exc, 'name', None) not in (None, module_str):
                raise exc from None
            raise ImportFromStringError(
                'Could not import module "%s".' % module_str) from None
        module = sys.modules[module_str]
    found = module
    try:
        for attr in attrs_str.split('.'):
            found = getattr(found, attr)
    except AttributeError:
        raise ImportFromStringError('Attribute "%s" not found in module "%s".'
                                    % (attrs_str, module_str)) from None
    return found


# ---------------------------------------------------------------------------------------
# HTTP/1.1 on the server's side: the connection state machine of h11 0.16, which
# uvicorn's h11 protocol drives — parsing requests and their bodies, framing responses.

class LocalProtocolError(Exception):
    def __init__(self, msg, error_status_hint=400):
        super().__init__(msg)
        self.error_status_hint = error_status_hint


class RemoteProtocolError(LocalProtocolError):
    pass


CLIENT, SERVER = 'CLIENT', 'SERVER'
IDLE, SEND_RESPONSE, SEND_BODY, DONE = 'IDLE', 'SEND_RESPONSE', 'SEND_BODY', 'DONE'
MUST_CLOSE, CLOSED, ERROR = 'MUST_CLOSE', 'CLOSED', 'ERROR'
MIGHT_SWITCH_PROTOCOL, SWITCHED_PROTOCOL = 'MIGHT_SWITCH_PROTOCOL', 'SWITCHED_PROTOCOL'
NEED_DATA, PAUSED = 'NEED_DATA', 'PAUSED'
_SWITCH_UPGRADE, _SWITCH_CONNECT = 'upgrade', 'connect'

_TOKEN = r"[-!#$%&'*+.^_`|~0-9a-zA-Z]+"
_FIELD_CHAR = r'[^\x00\t\n\x0b\x0c\r ]'
_FIELD_VALUE = r'(?:{c}+(?:[ \t]+{c}+)*)?'.format(c=_FIELD_CHAR)
_TOKEN_RE = _re.compile(_TOKEN)
_FIELD_VALUE_RE = _re.compile(_FIELD_VALUE)
_HEADER_LINE_RE = _re.compile(
    r'(?P<name>%s):[ \t]*(?P<value>%s)[ \t]*' % (_TOKEN, _FIELD_VALUE))
_REQUEST_LINE_RE = _re.compile(
    r'(?P<method>%s) (?P<target>[\x21-\x7e]+) HTTP/(?P<version>[0-9]\.[0-9])' % _TOKEN)
_TARGET_RE = _re.compile(r'[\x21-\x7e]+')
_CHUNK_HEADER_RE = _re.compile(r'(?P<size>[0-9A-Fa-f]{1,20})(?:;.*)?[ \t]*\r\n')
_CONTENT_LENGTH_RE = _re.compile(r'[0-9]+')
_FOLD_RE = _re.compile(r'[ \t]+')
DEFAULT_MAX_INCOMPLETE_EVENT_SIZE = 16 * 1024


def _text(data):
    return bytes(data).decode('latin-1')


def _check(regex, data, message, *args):
    match = regex.fullmatch(_text(data))
    if match is None:
        raise LocalProtocolError(message.format(*args) if args else message)
    return match


def _as_bytes(value):
    if isinstance(value, str):
        return value.encode('ascii')
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    raise TypeError('expected bytes-like object, not %s' % type(value).__name__)


class _Headers:
    """Header fields as (name as sent, lower-case name, value); iterating gives
    (lower-case name, value)."""

    def __init__(self, items):
        self._items = items

    def __iter__(self):
        for _, name, value in self._items:
            yield (name, value)

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def raw_items(self):
        return [(raw, value) for raw, _, value in self._items]


def _normalize_headers(headers, parsed=False):
    if isinstance(headers, _Headers):
        return headers
    items = []
    seen_length = None
    seen_chunked = False
    for name, value in headers:
        if not parsed:
            name = _as_bytes(name)
            value = _as_bytes(value)
            _check(_TOKEN_RE, name, 'Illegal header name {!r}', name)
            _check(_FIELD_VALUE_RE, value, 'Illegal header value {!r}', value)
        raw = name
        name = name.lower()
        if name == b'content-length':
            lengths = {length.strip() for length in value.split(b',')}
            if len(lengths) != 1:
                raise LocalProtocolError('conflicting Content-Length headers')
            value = lengths.pop()
            _check(_CONTENT_LENGTH_RE, value, 'bad Content-Length')
            if len(value) > 20:
                raise LocalProtocolError('bad Content-Length')
            if seen_length is None:
                seen_length = value
                items.append((raw, name, value))
            elif seen_length != value:
                raise LocalProtocolError('conflicting Content-Length headers')
        elif name == b'transfer-encoding':
            if seen_chunked:
                raise LocalProtocolError('multiple Transfer-Encoding headers',
                                         error_status_hint=501)
            value = value.lower()
            if value != b'chunked':
                raise LocalProtocolError('Only Transfer-Encoding: chunked is supported',
                                         error_status_hint=501)
            seen_chunked = True
            items.append((raw, name, value))
        else:
            items.append((raw, name, value))
    return _Headers(items)


def _comma_values(headers, name):
    found = []
    for _, lower, value in headers._items:
        if lower == name:
            for piece in value.lower().split(b','):
                piece = piece.strip()
                if piece:
                    found.append(piece)
    return found


def _with_comma_header(headers, name, values):
    kept = [(raw, value) for raw, lower, value in headers._items if lower != name]
    kept.extend((name.title(), value) for value in values)
    return _normalize_headers(kept)


class Request:
    def __init__(self, *, method, headers, target, http_version=b'1.1', _parsed=False):
        self.headers = _normalize_headers(headers, _parsed)
        if not _parsed:
            method, target, http_version = (_as_bytes(method), _as_bytes(target),
                                            _as_bytes(http_version))
        self.method = method
        self.target = target
        self.http_version = http_version
        hosts = sum(1 for name, _ in self.headers if name == b'host')
        if http_version == b'1.1' and hosts == 0:
            raise LocalProtocolError('Missing mandatory Host: header')
        if hosts > 1:
            raise LocalProtocolError('Found multiple Host: headers')
        _check(_TOKEN_RE, method, 'Illegal method characters')
        _check(_TARGET_RE, target, 'Illegal target characters')


class _ResponseBase:
    def __init__(self, *, status_code, headers, reason=b'', http_version=b'1.1',
                 _parsed=False):
        self.headers = _normalize_headers(headers, _parsed)
        self.status_code = status_code
        self.reason = _as_bytes(reason)
        self.http_version = _as_bytes(http_version)


class InformationalResponse(_ResponseBase):
    pass


class Response(_ResponseBase):
    pass


class Data:
    def __init__(self, data, chunk_start=False, chunk_end=False):
        self.data = data
        self.chunk_start = chunk_start
        self.chunk_end = chunk_end


class EndOfMessage:
    def __init__(self, headers=None):
        self.headers = _normalize_headers([] if headers is None else headers, True)


class ConnectionClosed:
    pass


class _Buffer:
    def __init__(self):
        self.data = bytearray()

    def __len__(self):
        return len(self.data)

    def take(self, count):
        out = bytes(self.data[:count])
        # A new buffer for the rest: deleting a prefix in place is slow in our bytearray.
        self.data = self.data[count:]
        return out

    def take_at_most(self, count):
        if not self.data:
            return None
        return self.take(count)

    def take_line(self):
        end = self.data.find(b'\r\n')
        if end < 0:
            return None
        return self.take(end + 2)

    def take_lines(self):
        """Everything up to the first empty line, as lines without their line ends."""
        data = self.data
        if data[:1] == b'\n':
            self.take(1)
            return []
        if data[:2] == b'\r\n':
            self.take(2)
            return []
        at = data.find(b'\n')
        end = -1
        while at >= 0:
            if data[at + 1:at + 2] == b'\n':
                end = at + 2
                break
            if data[at + 1:at + 3] == b'\r\n':
                end = at + 3
                break
            at = data.find(b'\n', at + 1)
        if end < 0:
            return None
        lines = []
        for line in self.take(end).split(b'\n')[:-2]:
            lines.append(line[:-1] if line.endswith(b'\r') else line)
        return lines

    def starts_badly(self):
        return bool(self.data) and self.data[0] < 0x21


def _header_fields(lines):
    joined = []
    for line in lines:
        fold = _FOLD_RE.match(_text(line))
        if fold:
            if not joined:
                raise LocalProtocolError('continuation line at start of headers')
            joined[-1] = joined[-1] + b' ' + line[fold.end():]
        else:
            joined.append(line)
    fields = []
    for line in joined:
        match = _check(_HEADER_LINE_RE, line, 'illegal header line: {!r}', line)
        fields.append((match.group('name').encode('latin-1'),
                       match.group('value').encode('latin-1')))
    return fields


def _read_request(buffer):
    lines = buffer.take_lines()
    if lines is None:
        if buffer.starts_badly():
            raise LocalProtocolError('illegal request line')
        return None
    if not lines:
        raise LocalProtocolError('no request line received')
    match = _check(_REQUEST_LINE_RE, lines[0], 'illegal request line: {!r}', lines[0])
    return Request(method=match.group('method').encode('ascii'),
                   target=match.group('target').encode('ascii'),
                   http_version=match.group('version').encode('ascii'),
                   headers=_header_fields(lines[1:]), _parsed=True)


def _expect_nothing(buffer):
    if len(buffer):
        raise LocalProtocolError('Got data when expecting EOF')
    return None


class _LengthReader:
    def __init__(self, length):
        self.length = length
        self.remaining = length

    def __call__(self, buffer):
        if self.remaining == 0:
            return EndOfMessage()
        data = buffer.take_at_most(self.remaining)
        if data is None:
            return None
        self.remaining -= len(data)
        return Data(data)

    def read_eof(self):
        raise RemoteProtocolError(
            'peer closed connection without sending complete message body '
            '(received %d bytes, expected %d)' % (self.length - self.remaining, self.length))


class _ChunkedReader:
    def __init__(self):
        self.left_in_chunk = 0
        self.chunk_end = b''
        self.trailer = False

    def __call__(self, buffer):
        if self.trailer:
            lines = buffer.take_lines()
            if lines is None:
                return None
            return EndOfMessage(headers=_header_fields(lines))
        if self.chunk_end:
            data = buffer.take_at_most(len(self.chunk_end))
            if data is None:
                return None
            if data != self.chunk_end[:len(data)]:
                raise LocalProtocolError('malformed chunk footer: %r (expected %r)'
                                         % (data, self.chunk_end))
            self.chunk_end = self.chunk_end[len(data):]
            if self.chunk_end:
                return None
        starts = False
        if self.left_in_chunk == 0:
            line = buffer.take_line()
            if line is None:
                return None
            match = _check(_CHUNK_HEADER_RE, line, 'illegal chunk header: {!r}', line)
            self.left_in_chunk = int(match.group('size'), 16)
            if self.left_in_chunk == 0:
                self.trailer = True
                return self(buffer)
            starts = True
        data = buffer.take_at_most(self.left_in_chunk)
        if data is None:
            return None
        self.left_in_chunk -= len(data)
        ends = self.left_in_chunk == 0
        if ends:
            self.chunk_end = b'\r\n'
        return Data(data, chunk_start=starts, chunk_end=ends)

    def read_eof(self):
        raise RemoteProtocolError('peer closed connection without sending complete message '
                                  'body (incomplete chunked read)')


class _UntilCloseReader:
    def __call__(self, buffer):
        data = buffer.take_at_most(999999999)
        return None if data is None else Data(data)

    def read_eof(self):
        return EndOfMessage()


def _write_fields(headers, out):
    for raw, lower, value in headers._items:
        if lower == b'host':
            out.append(raw + b': ' + value + b'\r\n')
    for raw, lower, value in headers._items:
        if lower != b'host':
            out.append(raw + b': ' + value + b'\r\n')
    out.append(b'\r\n')


def _write_response(event, out):
    if event.http_version != b'1.1':
        raise LocalProtocolError('I only send HTTP/1.1')
    out.append(b'HTTP/1.1 ' + str(event.status_code).encode('ascii') + b' '
               + event.reason + b'\r\n')
    _write_fields(event.headers, out)


class _LengthWriter:
    def __init__(self, length):
        self.left = length

    def __call__(self, event, out):
        if isinstance(event, Data):
            self.left -= len(event.data)
            if self.left < 0:
                raise LocalProtocolError('Too much data for declared Content-Length')
            out.append(event.data)
        else:
            if self.left != 0:
                raise LocalProtocolError('Too little data for declared Content-Length')
            if event.headers:
                raise LocalProtocolError("Content-Length and trailers don't mix")


class _ChunkedWriter:
    def __call__(self, event, out):
        if isinstance(event, Data):
            if event.data:
                out.append(b'%x\r\n' % len(event.data))
                out.append(event.data)
                out.append(b'\r\n')
        else:
            out.append(b'0\r\n')
            _write_fields(event.headers, out)


class _UntilCloseWriter:
    def __call__(self, event, out):
        if isinstance(event, Data):
            out.append(event.data)
        elif event.headers:
            raise LocalProtocolError("can't send trailers to HTTP/1.0 client")


def _framing(method, event):
    """How a message's body is delimited: ('length', n), ('chunked',) or ('close',)."""
    if isinstance(event, Response):
        if (event.status_code in (204, 304) or method == b'HEAD'
                or (method == b'CONNECT' and 200 <= event.status_code < 300)):
            return ('length', 0)
    if _comma_values(event.headers, b'transfer-encoding'):
        return ('chunked',)
    lengths = _comma_values(event.headers, b'content-length')
    if lengths:
        return ('length', int(lengths[0]))
    if isinstance(event, Request):
        return ('length', 0)
    return ('close',)


def _keeps_alive(event):
    if b'close' in _comma_values(event.headers, b'connection'):
        return False
    return getattr(event, 'http_version', b'1.1') >= b'1.1'


# What each event moves a role to, from each state.
_MOVES = {
    CLIENT: {
        IDLE: {Request: SEND_BODY, ConnectionClosed: CLOSED},
        SEND_BODY: {Data: SEND_BODY, EndOfMessage: DONE},
        DONE: {ConnectionClosed: CLOSED},
        MUST_CLOSE: {ConnectionClosed: CLOSED},
        CLOSED: {ConnectionClosed: CLOSED},
    },
    SERVER: {
        IDLE: {ConnectionClosed: CLOSED, Response: SEND_BODY, 'request': SEND_RESPONSE},
        SEND_RESPONSE: {InformationalResponse: SEND_RESPONSE, Response: SEND_BODY,
                        (InformationalResponse, _SWITCH_UPGRADE): SWITCHED_PROTOCOL,
                        (Response, _SWITCH_CONNECT): SWITCHED_PROTOCOL},
        SEND_BODY: {Data: SEND_BODY, EndOfMessage: DONE},
        DONE: {ConnectionClosed: CLOSED},
        MUST_CLOSE: {ConnectionClosed: CLOSED},
        CLOSED: {ConnectionClosed: CLOSED},
    },
}
# What a pair of (client, server) states moves one of them to.
_FOLLOWS = {
    (MIGHT_SWITCH_PROTOCOL, SWITCHED_PROTOCOL): (CLIENT, SWITCHED_PROTOCOL),
    (CLOSED, DONE): (SERVER, MUST_CLOSE),
    (CLOSED, IDLE): (SERVER, MUST_CLOSE),
    (ERROR, DONE): (SERVER, MUST_CLOSE),
    (DONE, CLOSED): (CLIENT, MUST_CLOSE),
    (IDLE, CLOSED): (CLIENT, MUST_CLOSE),
    (DONE, ERROR): (CLIENT, MUST_CLOSE),
}


class Connection:
    """One HTTP/1.1 connection, server side, as h11's `Connection(h11.SERVER)`."""

    def __init__(self, our_role=SERVER,
                 max_incomplete_event_size=DEFAULT_MAX_INCOMPLETE_EVENT_SIZE):
        self.our_role = SERVER
        self.their_role = CLIENT
        self._max_incomplete = max_incomplete_event_size
        self._states = {CLIENT: IDLE, SERVER: IDLE}
        self._keep_alive = True
        self._switches = set()
        self._buffer = _Buffer()
        self._buffer_closed = False
        self._request_method = None
        self.their_http_version = None
        self.client_is_waiting_for_100_continue = False
        self._writer = _write_response
        self._reader = _read_request

    @property
    def states(self):
        return dict(self._states)

    @property
    def our_state(self):
        return self._states[SERVER]

    @property
    def their_state(self):
        return self._states[CLIENT]

    @property
    def they_are_waiting_for_100_continue(self):
        return self.client_is_waiting_for_100_continue

    @property
    def trailing_data(self):
        return (bytes(self._buffer.data), self._buffer_closed)

    # The state machine.

    def _settle(self):
        states = self._states
        while True:
            before = dict(states)
            if self._switches and states[CLIENT] == DONE:
                states[CLIENT] = MIGHT_SWITCH_PROTOCOL
            if not self._switches and states[CLIENT] == MIGHT_SWITCH_PROTOCOL:
                states[CLIENT] = DONE
            if not self._keep_alive:
                for role in (CLIENT, SERVER):
                    if states[role] == DONE:
                        states[role] = MUST_CLOSE
            follow = _FOLLOWS.get((states[CLIENT], states[SERVER]))
            if follow is not None:
                states[follow[0]] = follow[1]
            if states == before:
                return

    def _move(self, role, kind):
        state = self._states[role]
        new = _MOVES[role].get(state, {}).get(kind)
        if new is None:
            name = kind[0].__name__ if isinstance(kind, tuple) else getattr(kind, '__name__', kind)
            raise LocalProtocolError("can't handle event type %s when role=%s and state=%s"
                                     % (name, role, state))
        self._states[role] = new

    def _process(self, role, event):
        before = dict(self._states)
        kind = type(event)
        if role == CLIENT and kind is Request:
            if event.method == b'CONNECT':
                self._switches.add(_SWITCH_CONNECT)
            if _comma_values(event.headers, b'upgrade'):
                self._switches.add(_SWITCH_UPGRADE)
            self._settle()
        switch = None
        if role == SERVER:
            if kind is InformationalResponse and event.status_code == 101:
                switch = _SWITCH_UPGRADE
            elif (kind is Response and _SWITCH_CONNECT in self._switches
                  and 200 <= event.status_code < 300):
                switch = _SWITCH_CONNECT
        if switch is not None:
            if switch not in self._switches:
                raise LocalProtocolError(
                    'Received server %s event without a pending proposal' % switch)
            self._move(role, (kind, switch))
        else:
            if kind is Response:
                self._switches = set()
            self._move(role, kind)
        if kind is Request:
            self._move(SERVER, 'request')
        self._settle()
        if kind is Request:
            self._request_method = event.method
        if role == CLIENT and kind in (Request, Response, InformationalResponse):
            self.their_http_version = event.http_version
        if kind in (Request, Response) and not _keeps_alive(event):
            self._keep_alive = False
            self._settle()
        if kind is Request and event.http_version >= b'1.1' and (
                b'100-continue' in _comma_values(event.headers, b'expect')):
            self.client_is_waiting_for_100_continue = True
        if kind in (InformationalResponse, Response):
            self.client_is_waiting_for_100_continue = False
        if role == CLIENT and kind in (Data, EndOfMessage):
            self.client_is_waiting_for_100_continue = False
        self._changed(before, event)

    def _fail(self, role):
        before = dict(self._states)
        self._states[role] = ERROR
        self._settle()
        self._changed(before)

    def _changed(self, before, event=None):
        if self._states[SERVER] != before[SERVER]:
            self._writer = self._io(SERVER, event)
        if self._states[CLIENT] != before[CLIENT]:
            self._reader = self._io(CLIENT, event)

    def _io(self, role, event):
        state = self._states[role]
        if state == SEND_BODY:
            framing = _framing(self._request_method, event)
            if role == SERVER:
                if framing[0] == 'chunked':
                    return _ChunkedWriter()
                if framing[0] == 'length':
                    return _LengthWriter(framing[1])
                return _UntilCloseWriter()
            if framing[0] == 'chunked':
                return _ChunkedReader()
            if framing[0] == 'length':
                return _LengthReader(framing[1])
            return _UntilCloseReader()
        if role == SERVER:
            return _write_response if state in (IDLE, SEND_RESPONSE) else None
        if state == IDLE:
            return _read_request
        if state in (DONE, MUST_CLOSE, CLOSED):
            return _expect_nothing
        return None

    def start_next_cycle(self):
        if self._states != {CLIENT: DONE, SERVER: DONE}:
            raise LocalProtocolError('not in a reusable state. self.states=%s' % self._states)
        before = dict(self._states)
        self._states = {CLIENT: IDLE, SERVER: IDLE}
        self._request_method = None
        self._changed(before)

    # Receiving.

    def receive_data(self, data):
        if data:
            if self._buffer_closed:
                raise RuntimeError('received close, then received more data?')
            self._buffer.data += data
        else:
            self._buffer_closed = True

    def _next(self):
        state = self._states[CLIENT]
        if state == DONE and len(self._buffer):
            return PAUSED
        if state in (MIGHT_SWITCH_PROTOCOL, SWITCHED_PROTOCOL):
            return PAUSED
        event = self._reader(self._buffer)
        if event is None and not len(self._buffer) and self._buffer_closed:
            read_eof = getattr(self._reader, 'read_eof', None)
            event = read_eof() if read_eof is not None else ConnectionClosed()
        return NEED_DATA if event is None else event

    def next_event(self):
        if self._states[CLIENT] == ERROR:
            raise RemoteProtocolError("Can't receive data when peer state is ERROR")
        try:
            event = self._next()
            if event is not NEED_DATA and event is not PAUSED:
                self._process(CLIENT, event)
            if event is NEED_DATA:
                if len(self._buffer) > self._max_incomplete:
                    raise RemoteProtocolError('Receive buffer too long', error_status_hint=431)
                if self._buffer_closed:
                    raise RemoteProtocolError('peer unexpectedly closed connection')
            return event
        except BaseException as exc:
            self._fail(CLIENT)
            if isinstance(exc, LocalProtocolError) and not isinstance(exc, RemoteProtocolError):
                raise RemoteProtocolError(str(exc), exc.error_status_hint) from None
            raise

    # Sending.

    def send(self, event):
        if self._states[SERVER] == ERROR:
            raise LocalProtocolError("Can't send data when our state is ERROR")
        try:
            if type(event) is Response:
                event = self._tidy_response(event)
            writer = self._writer
            self._process(SERVER, event)
            if type(event) is ConnectionClosed:
                return None
            out = []
            writer(event, out)
            return b''.join(out)
        except BaseException:
            self._fail(SERVER)
            raise

    def send_failed(self):
        self._fail(SERVER)

    def _tidy_response(self, response):
        headers = response.headers
        must_close = False
        method = self._request_method
        framing = _framing(b'GET' if method == b'HEAD' else method, response)
        if framing[0] in ('chunked', 'close'):
            headers = _with_comma_header(headers, b'content-length', [])
            if self.their_http_version is None or self.their_http_version < b'1.1':
                headers = _with_comma_header(headers, b'transfer-encoding', [])
                if method != b'HEAD':
                    must_close = True
            else:
                headers = _with_comma_header(headers, b'transfer-encoding', [b'chunked'])
        if not self._keep_alive or must_close:
            options = set(_comma_values(headers, b'connection'))
            options.discard(b'keep-alive')
            options.add(b'close')
            headers = _with_comma_header(headers, b'connection', sorted(options))
        return Response(headers=headers, status_code=response.status_code,
                        http_version=response.http_version, reason=response.reason)


# ---------------------------------------------------------------------------------------
# uvicorn's HTTP protocol over that connection.

def _status_phrase(status):
    try:
        return _http.HTTPStatus(status).phrase.encode()
    except ValueError:
        return b''


STATUS_PHRASES = {status: _status_phrase(status) for status in range(100, 600)}


class ClientDisconnected(OSError):
    pass


def get_remote_addr(transport):
    sock = transport.get_extra_info('socket')
    if sock is not None:
        try:
            info = sock.getpeername()
        except OSError:
            return None
        return (str(info[0]), int(info[1])) if isinstance(info, tuple) else None
    info = transport.get_extra_info('peername')
    if isinstance(info, (list, tuple)) and len(info) == 2:
        return (str(info[0]), int(info[1]))
    return None


def get_local_addr(transport):
    sock = transport.get_extra_info('socket')
    if sock is not None:
        info = sock.getsockname()
        if isinstance(info, tuple):
            return (str(info[0]), int(info[1]))
        if isinstance(info, str):
            return (info, None)
        return None
    info = transport.get_extra_info('sockname')
    if isinstance(info, (list, tuple)) and len(info) == 2:
        return (str(info[0]), int(info[1]))
    if isinstance(info, str):
        return (info, None)
    return None


def is_ssl(transport):
    return bool(transport.get_extra_info('sslcontext'))


def get_client_addr(scope):
    client = scope.get('client')
    if not client:
        return ''
    return '%s:%d' % tuple(client)


def get_path_with_query_string(scope):
    path = scope['raw_path'].decode('latin1')
    if scope['query_string']:
        path = path + '?' + scope['query_string'].decode('ascii')
    return path.replace('"', '%22')


class FlowControl:
    def __init__(self, transport):
        self._transport = transport
        self.read_paused = False
        self.write_paused = False
        self._is_writable_event = asyncio.Event()
        self._is_writable_event.set()

    async def drain(self):
        await self._is_writable_event.wait()

    def pause_reading(self):
        if not self.read_paused:
            self.read_paused = True
            self._transport.pause_reading()

    def resume_reading(self):
        if self.read_paused:
            self.read_paused = False
            self._transport.resume_reading()

    def pause_writing(self):
        if not self.write_paused:
            self.write_paused = True
            self._is_writable_event.clear()

    def resume_writing(self):
        if self.write_paused:
            self.write_paused = False
            self._is_writable_event.set()


async def service_unavailable(scope, receive, send):
    await send({'type': 'http.response.start', 'status': 503,
                'headers': [(b'content-type', b'text/plain; charset=utf-8'),
                            (b'content-length', b'19'), (b'connection', b'close')]})
    await send({'type': 'http.response.body', 'body': b'Service Unavailable',
                'more_body': False})


class H11Protocol(asyncio.Protocol):
    """A connection's protocol: parses requests and runs each in a task of its own
    (`RequestResponseCycle.run_asgi`)."""

    def __init__(self, config, server_state, app_state, _loop=None):
        if not config.loaded:
            config.load()
        self.config = config
        self.app = config.loaded_app
        self.loop = _loop or asyncio.get_event_loop()
        self.logger = _logging.getLogger('uvicorn.error')
        self.access_logger = _logging.getLogger('uvicorn.access')
        self.access_log = self.access_logger.hasHandlers()
        size = config.h11_max_incomplete_event_size
        self.conn = Connection(SERVER, DEFAULT_MAX_INCOMPLETE_EVENT_SIZE if size is None else size)
        self.ws_protocol_class = config.ws_protocol_class
        self.root_path = config.root_path
        self.asgi_version = config.asgi_version
        self.limit_concurrency = config.limit_concurrency
        self.app_state = app_state
        self.timeout_keep_alive_task = None
        self.timeout_keep_alive = config.timeout_keep_alive
        self.server_state = server_state
        self.connections = server_state.connections
        self.tasks = server_state.tasks
        self.transport = None
        self.flow = None
        self.server = None
        self.client = None
        self.scheme = None
        self.scope = None
        self.headers = None
        self.cycle = None

    def _trace(self, what):
        if self.logger.level <= TRACE_LOG_LEVEL:
            prefix = '%s:%d - ' % tuple(self.client) if self.client else ''
            self.logger.log(TRACE_LOG_LEVEL, '%s' + what, prefix)

    def connection_made(self, transport):
        self.connections.add(self)
        self.transport = transport
        self.flow = FlowControl(transport)
        self.server = get_local_addr(transport)
        self.client = get_remote_addr(transport)
        self.scheme = 'https' if is_ssl(transport) else 'http'
        self._trace('HTTP connection made')

    def connection_lost(self, exc):
        self.connections.discard(self)
        self._trace('HTTP connection lost')
        if self.cycle and not self.cycle.response_complete:
            self.cycle.disconnected = True
        if self.conn.our_state != ERROR:
            try:
                self.conn.send(ConnectionClosed())
            except LocalProtocolError:
                pass
        if self.cycle is not None:
            self.cycle.message_event.set()
        if self.flow is not None:
            self.flow.resume_writing()
        if exc is None:
            self.transport.close()
            self._unset_keepalive_if_required()

    def eof_received(self):
        pass

    def _unset_keepalive_if_required(self):
        if self.timeout_keep_alive_task is not None:
            self.timeout_keep_alive_task.cancel()
            self.timeout_keep_alive_task = None

    def _get_upgrade(self):
        connection = []
        upgrade = None
        for name, value in self.headers:
            if name == b'connection':
                connection = [token.lower().strip() for token in value.split(b',')]
            if name == b'upgrade':
                upgrade = value.lower()
        if b'upgrade' in connection:
            return upgrade
        return None

    def _should_upgrade_to_ws(self):
        return self.ws_protocol_class is not None

    def _unsupported_upgrade_warning(self):
        self.logger.warning('Unsupported upgrade request.')
        if not self._should_upgrade_to_ws():
            self.logger.warning(
                "No supported WebSocket library detected. Please use \"pip install "
                "'uvicorn[standard]'\", or install 'websockets' or 'wsproto' manually.")

    def _should_upgrade(self):
        upgrade = self._get_upgrade()
        if upgrade == b'websocket' and self._should_upgrade_to_ws():
            return True
        if upgrade is not None:
            self._unsupported_upgrade_warning()
        return False

    def data_received(self, data):
        self._unset_keepalive_if_required()
        self.conn.receive_data(data)
        self.handle_events()

    def handle_events(self):
        while True:
            try:
                event = self.conn.next_event()
            except RemoteProtocolError:
                msg = 'Invalid HTTP request received.'
                self.logger.warning(msg)
                self.send_400_response(msg)
                return
            if event is NEED_DATA:
                break
            if event is PAUSED:
                # A pipelined request waits until this cycle's response is complete.
                self.flow.pause_reading()
                break
            if isinstance(event, Request):
                self._unset_keepalive_if_required()
                self._start_cycle(event)
            elif isinstance(event, Data):
                if self.conn.our_state is DONE:
                    continue
                self.cycle.body += event.data
                if len(self.cycle.body) > HIGH_WATER_LIMIT:
                    self.flow.pause_reading()
                self.cycle.message_event.set()
            elif isinstance(event, EndOfMessage):
                if self.conn.our_state is DONE:
                    self.transport.resume_reading()
                    self.conn.start_next_cycle()
                    continue
                self.cycle.more_body = False
                self.cycle.message_event.set()
                if self.conn.their_state == MUST_CLOSE:
                    break

    def _start_cycle(self, event):
        self.headers = [(name.lower(), value) for name, value in event.headers]
        raw_path, _, query_string = event.target.partition(b'?')
        path = _unquote(raw_path.decode('ascii'))
        self.scope = {
            'type': 'http',
            'asgi': {'version': self.asgi_version, 'spec_version': '2.3'},
            'http_version': event.http_version.decode('ascii'),
            'server': self.server,
            'client': self.client,
            'scheme': self.scheme,
            'method': event.method.decode('ascii'),
            'root_path': self.root_path,
            'path': self.root_path + path,
            'raw_path': self.root_path.encode('ascii') + raw_path,
            'query_string': query_string,
            'headers': self.headers,
            'state': self.app_state.copy(),
        }
        if self._should_upgrade():
            self.handle_websocket_upgrade(event)
            return
        app = self.app
        if self.limit_concurrency is not None and (
                len(self.connections) >= self.limit_concurrency
                or len(self.tasks) >= self.limit_concurrency):
            app = service_unavailable
            self.logger.warning('Exceeded concurrency limit.')
        self.cycle = RequestResponseCycle(
            scope=self.scope, conn=self.conn, transport=self.transport, flow=self.flow,
            logger=self.logger, access_logger=self.access_logger, access_log=self.access_log,
            default_headers=self.server_state.default_headers,
            message_event=asyncio.Event(), on_response=self.on_response_complete)
        if self.config.reset_contextvars:
            import contextvars
            task = self.loop.create_task(self.cycle.run_asgi(app),
                                         context=contextvars.Context())
        else:
            task = self.loop.create_task(self.cycle.run_asgi(app))
        task.add_done_callback(self.tasks.discard)
        self.tasks.add(task)

    def handle_websocket_upgrade(self, event):
        self._trace('Upgrading to WebSocket')
        self.connections.discard(self)
        output = [event.method, b' ', event.target, b' HTTP/1.1\r\n']
        for name, value in self.headers:
            output += [name, b': ', value, b'\r\n']
        output.append(b'\r\n')
        protocol = self.ws_protocol_class(config=self.config, server_state=self.server_state,
                                          app_state=self.app_state)
        protocol.connection_made(self.transport)
        self.transport.set_protocol(protocol)
        protocol.data_received(b''.join(output))

    def send_400_response(self, msg):
        headers = [(b'content-type', b'text/plain; charset=utf-8'), (b'connection', b'close')]
        self.transport.write(self.conn.send(
            Response(status_code=400, headers=headers, reason=STATUS_PHRASES[400])))
        self.transport.write(self.conn.send(Data(msg.encode('ascii'))))
        self.transport.write(self.conn.send(EndOfMessage()))
        self.transport.close()

    def on_response_complete(self):
        self.server_state.total_requests += 1
        if self.transport.is_closing():
            return
        self._unset_keepalive_if_required()
        self.timeout_keep_alive_task = self.loop.call_later(
            self.timeout_keep_alive, self.timeout_keep_alive_handler)
        self.flow.resume_reading()
        if self.conn.our_state is DONE and self.conn.their_state is DONE:
            self.conn.start_next_cycle()
            self.handle_events()

    def shutdown(self):
        """The server is shutting down: close now if idle, else after this response."""
        if self.cycle is None or self.cycle.response_complete:
            self.conn.send(ConnectionClosed())
            self.transport.close()
        else:
            self.cycle.keep_alive = False

    def pause_writing(self):
        self.flow.pause_writing()

    def resume_writing(self):
        self.flow.resume_writing()

    def timeout_keep_alive_handler(self):
        if not self.transport.is_closing():
            self.conn.send(ConnectionClosed())
            self.transport.close()


class RequestResponseCycle:
    """One request and its response: the app's `receive` and `send`."""

    def __init__(self, scope, conn, transport, flow, logger, access_logger, access_log,
                 default_headers, message_event, on_response):
        self.scope = scope
        self.conn = conn
        self.transport = transport
        self.flow = flow
        self.logger = logger
        self.access_logger = access_logger
        self.access_log = access_log
        self.default_headers = default_headers
        self.message_event = message_event
        self.on_response = on_response
        self.disconnected = False
        self.keep_alive = True
        self.waiting_for_100_continue = conn.they_are_waiting_for_100_continue
        self.body = bytearray()
        self.more_body = True
        self.response_started = False
        self.response_complete = False

    async def run_asgi(self, app):
        try:
            result = await app(self.scope, self.receive, self.send)
        except BaseException as exc:
            self.logger.error('Exception in ASGI application\n', exc_info=exc)
            if not self.response_started:
                await self.send_500_response()
            else:
                self.transport.close()
        else:
            if result is not None:
                self.logger.error("ASGI callable should return None, but returned '%s'.",
                                  result)
                self.transport.close()
            elif not self.response_started and not self.disconnected:
                self.logger.error('ASGI callable returned without starting response.')
                await self.send_500_response()
            elif not self.response_complete and not self.disconnected:
                self.logger.error('ASGI callable returned without completing response.')
                self.transport.close()
        finally:
            self.on_response = lambda: None

    async def send_500_response(self):
        await self.send({'type': 'http.response.start', 'status': 500,
                         'headers': [(b'content-type', b'text/plain; charset=utf-8'),
                                     (b'connection', b'close')]})
        await self.send({'type': 'http.response.body', 'body': b'Internal Server Error',
                         'more_body': False})

    async def send(self, message):
        if self.flow.write_paused and not self.disconnected:
            await self.flow.drain()
        if self.disconnected:
            return
        if not self.response_started:
            if message['type'] != 'http.response.start':
                raise RuntimeError("Expected ASGI message 'http.response.start', but got '%s'."
                                   % message['type'])
            self.response_started = True
            self.waiting_for_100_continue = False
            status = message['status']
            headers = self.default_headers + list(message.get('headers', []))
            if CLOSE_HEADER in self.scope['headers'] and CLOSE_HEADER not in headers:
                headers = headers + [CLOSE_HEADER]
            if self.access_log:
                self.access_logger.info('%s - "%s %s HTTP/%s" %d',
                                        get_client_addr(self.scope), self.scope['method'],
                                        get_path_with_query_string(self.scope),
                                        self.scope['http_version'], status)
            response = Response(status_code=status, headers=headers,
                                reason=STATUS_PHRASES[status])
            self.transport.write(self.conn.send(response))
        elif not self.response_complete:
            if message['type'] != 'http.response.body':
                raise RuntimeError("Expected ASGI message 'http.response.body', but got '%s'."
                                   % message['type'])
            body = message.get('body', b'')
            more_body = message.get('more_body', False)
            data = b'' if self.scope['method'] == 'HEAD' else body
            self.transport.write(self.conn.send(Data(data)))
            if not more_body:
                self.response_complete = True
                self.message_event.set()
                self.transport.write(self.conn.send(EndOfMessage()))
        else:
            raise RuntimeError("Unexpected ASGI message '%s' sent, after response already "
                               "completed." % message['type'])
        if self.response_complete:
            if self.conn.our_state is MUST_CLOSE or not self.keep_alive:
                self.conn.send(ConnectionClosed())
                self.transport.close()
            self.on_response()

    async def receive(self):
        if self.waiting_for_100_continue and not self.transport.is_closing():
            continue_ = InformationalResponse(status_code=100, headers=[], reason='Continue')
            self.transport.write(self.conn.send(continue_))
            self.waiting_for_100_continue = False
        if not self.disconnected and not self.response_complete:
            self.flow.resume_reading()
            await self.message_event.wait()
            self.message_event.clear()
        if self.disconnected or self.response_complete:
            return {'type': 'http.disconnect'}
        message = {'type': 'http.request', 'body': bytes(self.body),
                   'more_body': self.more_body}
        self.body = bytearray()
        return message


# ---------------------------------------------------------------------------------------
# The lifespan protocol.

STATE_TRANSITION_ERROR = 'Got invalid state transition on lifespan protocol.'


class LifespanOff:
    def __init__(self, config):
        self.should_exit = False
        self.state = {}

    async def startup(self):
        pass

    async def shutdown(self):
        pass


class LifespanOn:
    def __init__(self, config):
        if not config.loaded:
            config.load()
        self.config = config
        self.logger = _logging.getLogger('uvicorn.error')
        self.startup_event = asyncio.Event()
        self.shutdown_event = asyncio.Event()
        self.receive_queue = asyncio.Queue()
        self.error_occurred = False
        self.startup_failed = False
        self.shutdown_failed = False
        self.should_exit = False
        self.state = {}

    async def startup(self):
        self.logger.info('Waiting for application startup.')
        loop = asyncio.get_event_loop()
        self._main_task = loop.create_task(self.main())
        await self.receive_queue.put({'type': 'lifespan.startup'})
        await self.startup_event.wait()
        if self.startup_failed or (self.error_occurred and self.config.lifespan == 'on'):
            self.logger.error('Application startup failed. Exiting.')
            self.should_exit = True
        else:
            self.logger.info('Application startup complete.')

    async def shutdown(self):
        if self.error_occurred:
            return
        self.logger.info('Waiting for application shutdown.')
        await self.receive_queue.put({'type': 'lifespan.shutdown'})
        await self.shutdown_event.wait()
        if self.shutdown_failed or (self.error_occurred and self.config.lifespan == 'on'):
            self.logger.error('Application shutdown failed. Exiting.')
            self.should_exit = True
        else:
            self.logger.info('Application shutdown complete.')

    async def main(self):
        try:
            scope = {'type': 'lifespan',
                     'asgi': {'version': self.config.asgi_version, 'spec_version': '2.0'},
                     'state': self.state}
            await self.config.loaded_app(scope, self.receive, self.send)
        except BaseException as exc:
            self.asgi = None
            self.error_occurred = True
            if self.startup_failed or self.shutdown_failed:
                return
            if self.config.lifespan == 'auto':
                self.logger.info("ASGI 'lifespan' protocol appears unsupported.")
            else:
                self.logger.error("Exception in 'lifespan' protocol\n", exc_info=exc)
        finally:
            self.startup_event.set()
            self.shutdown_event.set()

    async def send(self, message):
        kind = message['type']
        assert kind in ('lifespan.startup.complete', 'lifespan.startup.failed',
                        'lifespan.shutdown.complete', 'lifespan.shutdown.failed')
        if kind.startswith('lifespan.startup.'):
            assert not self.startup_event.is_set(), STATE_TRANSITION_ERROR
            assert not self.shutdown_event.is_set(), STATE_TRANSITION_ERROR
            self.startup_event.set()
            if kind == 'lifespan.startup.failed':
                self.startup_failed = True
                if message.get('message'):
                    self.logger.error(message['message'])
        else:
            assert self.startup_event.is_set(), STATE_TRANSITION_ERROR
            assert not self.shutdown_event.is_set(), STATE_TRANSITION_ERROR
            self.shutdown_event.set()
            if kind == 'lifespan.shutdown.failed':
                self.shutdown_failed = True
                if message.get('message'):
                    self.logger.error(message['message'])

    async def receive(self):
        return await self.receive_queue.get()


# ---------------------------------------------------------------------------------------
# Middleware uvicorn puts around the app.

class ASGI2Middleware:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        instance = self.app(scope)
        await instance(receive, send)


def _host_and_port(value):
    if value.startswith('['):
        end = value.find(']')
        if end == -1:
            return value, 0
        host, rest = value[1:end], value[end + 1:]
        if not rest:
            return host, 0
        if not rest.startswith(':'):
            return value, 0
        try:
            return host, int(rest[1:])
        except ValueError:
            return host, 0
    if value.count(':') == 1:
        host, port = value.rsplit(':', 1)
        try:
            return host, int(port)
        except ValueError:
            return value, 0
    return value, 0


class _TrustedHosts:
    def __init__(self, trusted_hosts):
        self.always_trust = trusted_hosts in ('*', ['*'])
        if isinstance(trusted_hosts, str):
            trusted_hosts = [item.strip() for item in trusted_hosts.split(',')]
        self.trusted = set() if self.always_trust else set(trusted_hosts)

    def __contains__(self, host):
        if self.always_trust:
            return True
        if not host:
            return False
        return host in self.trusted

    def get_trusted_client_address(self, x_forwarded_for):
        hosts = [item.strip() for item in x_forwarded_for.split(',')]
        if self.always_trust:
            return _host_and_port(hosts[0])
        for entry in reversed(hosts):
            host, port = _host_and_port(entry)
            if host not in self:
                return host, port
        return _host_and_port(hosts[0])


class ProxyHeadersMiddleware:
    """Takes the scheme and the client's address from X-Forwarded-Proto and
    X-Forwarded-For when the connection comes from a trusted proxy."""

    def __init__(self, app, trusted_hosts='127.0.0.1'):
        self.app = app
        self.trusted_hosts = _TrustedHosts(trusted_hosts)

    async def __call__(self, scope, receive, send):
        if scope['type'] == 'lifespan':
            return await self.app(scope, receive, send)
        client = scope.get('client')
        if (client[0] if client else None) in self.trusted_hosts:
            proto = None
            forwarded_for = []
            for name, value in scope['headers']:
                if name == b'x-forwarded-proto':
                    proto = value
                elif name == b'x-forwarded-for':
                    forwarded_for.append(value)
            if proto is not None:
                proto = proto.decode('latin1').strip()
                if proto in ('http', 'https', 'ws', 'wss'):
                    if scope['type'] == 'websocket':
                        scope['scheme'] = proto.replace('http', 'ws')
                    else:
                        scope['scheme'] = proto
            if forwarded_for:
                joined = b', '.join(forwarded_for).decode('latin1')
                host, port = self.trusted_hosts.get_trusted_client_address(joined)
                if host:
                    scope['client'] = (host, port)
        return await self.app(scope, receive, send)


# ---------------------------------------------------------------------------------------
# Config, Server, run.

def _no_module(name):
    error = ModuleNotFoundError("No module named '%s'" % name)
    error.name = name
    return error


def _http_protocol(name):
    if name in ('auto', 'h11'):
        return H11Protocol
    if name == 'httptools':
        raise _no_module('httptools')
    if name == 'zttp':
        raise _no_module('zttp')
    return import_from_string(name)


def _ws_protocol(name):
    if name in ('auto', 'none'):
        return None
    if name in ('websockets', 'websockets-sansio'):
        raise _no_module('websockets')
    if name == 'wsproto':
        raise _no_module('wsproto')
    return import_from_string(name)


class Config:
    def __init__(self, app, host='127.0.0.1', port=8000, uds=None, fd=None, loop='auto',
                 http='auto', http2=False, ws='auto', ws_max_size=16 * 1024 * 1024,
                 ws_max_queue=32, ws_ping_interval=20.0, ws_ping_timeout=20.0,
                 ws_per_message_deflate=True, lifespan='auto', env_file=None,
                 log_config=LOGGING_CONFIG, log_level=None, access_log=True, use_colors=None,
                 interface='auto', reload=False, reload_dirs=None, reload_delay=0.25,
                 reload_includes=None, reload_excludes=None, workers=None, proxy_headers=True,
                 server_header=True, date_header=True, forwarded_allow_ips=None, root_path='',
                 limit_concurrency=None, limit_max_requests=None, limit_max_requests_jitter=0,
                 backlog=2048, timeout_keep_alive=5, timeout_notify=30,
                 timeout_graceful_shutdown=None, timeout_worker_healthcheck=5,
                 callback_notify=None, ssl_keyfile=None, ssl_certfile=None,
                 ssl_keyfile_password=None, ssl_version=17, ssl_cert_reqs=0, ssl_ca_certs=None,
                 ssl_ciphers=None, ssl_context_factory=None, headers=None, factory=False,
                 h11_max_incomplete_event_size=None, reset_contextvars=False):
        self.app = app
        self.host = host
        self.port = port
        self.uds = uds
        self.fd = fd
        self.loop = loop
        self.http = http
        self.http2 = http2
        self.ws = ws
        self.ws_max_size = ws_max_size
        self.ws_max_queue = ws_max_queue
        self.ws_ping_interval = ws_ping_interval
        self.ws_ping_timeout = ws_ping_timeout
        self.ws_per_message_deflate = ws_per_message_deflate
        self.lifespan = lifespan
        self.log_config = log_config
        self.log_level = log_level
        self.access_log = access_log
        self.use_colors = use_colors
        self.interface = interface
        self.reload = reload
        self.reload_delay = reload_delay
        self.workers = workers or 1
        self.proxy_headers = proxy_headers
        self.server_header = server_header
        self.date_header = date_header
        self.root_path = root_path
        self.limit_concurrency = limit_concurrency
        self.limit_max_requests = limit_max_requests
        self.limit_max_requests_jitter = limit_max_requests_jitter
        self.backlog = backlog
        self.timeout_keep_alive = timeout_keep_alive
        self.timeout_notify = timeout_notify
        self.timeout_graceful_shutdown = timeout_graceful_shutdown
        self.timeout_worker_healthcheck = timeout_worker_healthcheck
        self.callback_notify = callback_notify
        self.ssl_keyfile = ssl_keyfile
        self.ssl_certfile = ssl_certfile
        self.ssl_keyfile_password = ssl_keyfile_password
        self.ssl_version = ssl_version
        self.ssl_cert_reqs = ssl_cert_reqs
        self.ssl_ca_certs = ssl_ca_certs
        self.ssl_ciphers = ssl_ciphers
        self.ssl_context_factory = ssl_context_factory
        self.headers = headers or []
        self.encoded_headers = []
        self.factory = factory
        self.h11_max_incomplete_event_size = h11_max_incomplete_event_size
        self.reset_contextvars = reset_contextvars
        self.loaded = False
        self.configure_logging()
        self.reload_dirs = []
        self.reload_dirs_excludes = []
        self.reload_includes = []
        self.reload_excludes = []
        if (reload_dirs or reload_includes or reload_excludes) and not self.should_reload:
            logger.warning('Current configuration will not reload as not all conditions are '
                           'met, please refer to documentation.')
        if forwarded_allow_ips is None:
            self.forwarded_allow_ips = '127.0.0.1,::1'
        else:
            self.forwarded_allow_ips = forwarded_allow_ips
        if self.reload and self.workers > 1:
            logger.warning('"workers" flag is ignored when reloading is enabled.')

    @property
    def asgi_version(self):
        return {'asgi2': '2.0', 'asgi3': '3.0', 'wsgi': '3.0'}[self.interface]

    @property
    def is_ssl(self):
        return bool(self.ssl_keyfile or self.ssl_certfile or self.ssl_context_factory)

    @property
    def use_subprocess(self):
        return bool(self.reload or self.workers > 1)

    @property
    def should_reload(self):
        return isinstance(self.app, str) and self.reload

    def configure_logging(self):
        _logging.addLevelName(TRACE_LOG_LEVEL, 'TRACE')
        if self.log_config is not None:
            if isinstance(self.log_config, dict):
                if self.use_colors in (True, False):
                    self.log_config['formatters']['default']['use_colors'] = self.use_colors
                    self.log_config['formatters']['access']['use_colors'] = self.use_colors
                _configure_logging_dict(self.log_config)
            elif isinstance(self.log_config, str) and self.log_config.endswith('.json'):
                import json
                with open(self.log_config) as file:
                    _configure_logging_dict(json.load(file))
            elif isinstance(self.log_config, str) and self.log_config.endswith(('.yaml', '.yml')):
                raise ImportError('Install the PyYAML package or uvicorn[standard] to use '
                                  '`--log-config` with YAML files.')
            else:
                raise NotImplementedError(
                    'Loopscope has no logging.config.fileConfig: give log_config as a dict')
        if self.log_level is not None:
            if isinstance(self.log_level, str):
                level = LOG_LEVELS[self.log_level.lower()]
            else:
                level = self.log_level
            _logging.getLogger('uvicorn.error').setLevel(level)
            _logging.getLogger('uvicorn.access').setLevel(level)
            _logging.getLogger('uvicorn.asgi').setLevel(level)
        if self.access_log is False:
            _logging.getLogger('uvicorn.access').handlers = []
            _logging.getLogger('uvicorn.access').propagate = False

    def load_app(self):
        """The app the import string names (or the app given). Exits on failure."""
        try:
            return import_from_string(self.app)
        except ImportFromStringError as exc:
            logger.error('Error loading ASGI app. %s' % exc)
            sys.exit(STARTUP_FAILURE)

    def load(self):
        assert not self.loaded
        if self.http2:
            if self.http != 'zttp':
                raise ValueError(
                    'HTTP/2 requires the `zttp` HTTP protocol. Install it with `pip install '
                    'zttp`, then select it with `http=\'zttp\'`. See '
                    'https://uvicorn.dev/concepts/http2/ for more information.')
            raise _no_module('zttp')
        if isinstance(self.http, str):
            self.http_protocol_class = _http_protocol(self.http)
        else:
            self.http_protocol_class = self.http
        # Loopscope's servers have no TLS: `loop.create_server` says so when asked for it.
        self.ssl = True if self.is_ssl else None
        encoded = [(key.lower().encode('latin1'), value.encode('latin1'))
                   for key, value in self.headers]
        if b'server' not in dict(encoded) and self.server_header:
            self.encoded_headers = [(b'server', b'uvicorn')] + encoded
        else:
            self.encoded_headers = encoded
        if isinstance(self.ws, str):
            self.ws_protocol_class = _ws_protocol(self.ws)
        else:
            self.ws_protocol_class = self.ws
        self.lifespan_class = import_from_string(LIFESPAN[self.lifespan])
        self.loaded_app = self.load_app()
        try:
            self.loaded_app = self.loaded_app()
        except TypeError as exc:
            if self.factory:
                logger.error('Error loading ASGI app factory: %s', exc)
                sys.exit(STARTUP_FAILURE)
        else:
            if not self.factory:
                logger.warning('ASGI app factory detected. Using it, but please consider '
                               'setting the --factory flag explicitly.')
        if self.interface == 'auto':
            import inspect
            app = self.loaded_app
            if inspect.isclass(app):
                asgi3 = hasattr(app, '__await__')
            elif inspect.isfunction(app):
                asgi3 = asyncio.iscoroutinefunction(app)
            else:
                asgi3 = asyncio.iscoroutinefunction(getattr(app, '__call__', None))
            self.interface = 'asgi3' if asgi3 else 'asgi2'
        if self.interface == 'wsgi':
            raise NotImplementedError('Loopscope runs ASGI apps: WSGI apps are not supported')
        if self.interface == 'asgi2':
            self.loaded_app = ASGI2Middleware(self.loaded_app)
        if self.proxy_headers:
            self.loaded_app = ProxyHeadersMiddleware(self.loaded_app,
                                                     trusted_hosts=self.forwarded_allow_ips)
        self.loaded = True

    def setup_event_loop(self):
        raise AttributeError(
            'The `setup_event_loop` method was replaced by `get_loop_factory` in uvicorn '
            '0.36.0.\nNone of those methods are supposed to be used directly. If you are '
            'doing it, please let me know here: https://github.com/Kludex/uvicorn/'
            'discussions/2706. Thank you, and sorry for the inconvenience.')

    def get_loop_factory(self):
        return None

    def bind_socket(self):
        raise NotImplementedError('Loopscope servers listen through loop.create_server: '
                                  'there are no sockets to bind')


def _http_date(seconds):
    t = _time.gmtime(seconds)
    days = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
    months = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov',
              'Dec')
    return '%s, %02d %s %04d %02d:%02d:%02d GMT' % (
        days[t.tm_wday], t.tm_mday, months[t.tm_mon - 1], t.tm_year, t.tm_hour, t.tm_min,
        t.tm_sec)


class ServerState:
    """What all of a server's connections share."""

    def __init__(self):
        self.total_requests = 0
        self.connections = set()
        self.tasks = set()
        self.default_headers = []


class _NoSignals:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class Server:
    def __init__(self, config):
        self.config = config
        self.server_state = ServerState()
        self.started = False
        self.should_exit = False
        self.force_exit = False
        self.last_notified = 0.0
        self._captured_signals = []

    @property
    def limit_max_requests(self):
        if self.config.limit_max_requests is None:
            return None
        if not hasattr(self, '_limit_max_requests'):
            import random
            self._limit_max_requests = self.config.limit_max_requests + random.randint(
                0, self.config.limit_max_requests_jitter)
        return self._limit_max_requests

    def run(self, sockets=None):
        return asyncio.run(self.serve(sockets=sockets))

    async def serve(self, sockets=None):
        with self.capture_signals():
            await self._serve(sockets)

    async def _serve(self, sockets=None):
        process_id = _process_id()
        config = self.config
        if not config.loaded:
            config.load()
        self.lifespan = config.lifespan_class(config)
        logger.info('Started server process [%d]', process_id,
                    extra={'color_message': 'Started server process ['
                                            + _style('%d', fg='cyan') + ']'})
        await self.startup(sockets=sockets)
        if not self.should_exit:
            await self.main_loop()
        if self.started:
            await self.shutdown(sockets=sockets)
            logger.info('Finished server process [%d]', process_id,
                        extra={'color_message': 'Finished server process ['
                                                + _style('%d', fg='cyan') + ']'})

    async def startup(self, sockets=None):
        await self.lifespan.startup()
        if self.lifespan.should_exit:
            sys.exit(STARTUP_FAILURE)
        config = self.config

        def create_protocol(_loop=None):
            return config.http_protocol_class(config=config, server_state=self.server_state,
                                              app_state=self.lifespan.state, _loop=_loop)

        loop = asyncio.get_running_loop()
        if sockets is not None or config.fd is not None or config.uds is not None:
            raise NotImplementedError('Loopscope servers listen on a host and port only')
        try:
            server = await loop.create_server(create_protocol, host=config.host,
                                              port=config.port, ssl=config.ssl,
                                              backlog=config.backlog)
        except OSError as exc:
            logger.error(exc)
            await self.lifespan.shutdown()
            sys.exit(STARTUP_FAILURE)
        from asyncio import selector_events
        selector_events.expose(server)
        self.servers = [server]
        self._log_started_message(server.sockets)
        self.started = True

    def _log_started_message(self, listeners):
        config = self.config
        address = '%s://%s:%d'
        host = '0.0.0.0' if config.host is None else config.host
        if ':' in host:
            address = '%s://[%s]:%d'
        port = config.port
        if port == 0:
            port = listeners[0].getsockname()[1]
        scheme = 'https' if config.ssl else 'http'
        logger.info('Uvicorn running on %s (Press CTRL+C to quit)' % address, scheme, host,
                    port, extra={'color_message': 'Uvicorn running on '
                                 + _style(address, bold=True) + ' (Press CTRL+C to quit)'})

    async def main_loop(self):
        counter = 0
        should_exit = await self.on_tick(counter)
        while not should_exit:
            counter = (counter + 1) % 864000
            await asyncio.sleep(0.1)
            should_exit = await self.on_tick(counter)

    async def on_tick(self, counter):
        if counter % 10 == 0:
            now = _time.time()
            date = [(b'date', _http_date(now).encode())] if self.config.date_header else []
            self.server_state.default_headers = date + self.config.encoded_headers
            if self.config.callback_notify is not None:
                if now - self.last_notified > self.config.timeout_notify:
                    self.last_notified = now
                    await self.config.callback_notify()
        if self.should_exit:
            return True
        limit = self.limit_max_requests
        if limit is not None and self.server_state.total_requests >= limit:
            logger.info('Maximum request limit of %d exceeded. Terminating process.', limit)
            return True
        return False

    async def shutdown(self, sockets=None):
        logger.info('Shutting down')
        for server in self.servers:
            server.close()
        for connection in list(self.server_state.connections):
            connection.shutdown()
        await asyncio.sleep(0.1)
        try:
            async with asyncio.timeout(self.config.timeout_graceful_shutdown):
                await self._wait_tasks_to_complete()
        except TimeoutError:
            logger.error('Cancel %s running task(s), timeout graceful shutdown exceeded',
                         len(self.server_state.tasks))
            for task in self.server_state.tasks:
                task.cancel(msg='Task cancelled, timeout graceful shutdown exceeded')
        if not self.force_exit:
            await self.lifespan.shutdown()

    async def _wait_tasks_to_complete(self):
        if self.server_state.connections and not self.force_exit:
            logger.info('Waiting for connections to close. (CTRL+C to force quit)')
            while self.server_state.connections and not self.force_exit:
                await asyncio.sleep(0.1)
        if self.server_state.tasks and not self.force_exit:
            logger.info('Waiting for background tasks to complete. (CTRL+C to force quit)')
            while self.server_state.tasks and not self.force_exit:
                await asyncio.sleep(0.1)
        for server in self.servers:
            await server.wait_closed()

    def capture_signals(self):
        # A run has no signals to capture: Ctrl+C is the user stopping the run.
        return _NoSignals()

    def handle_exit(self, sig, frame):
        self._captured_signals.append(sig)
        if self.should_exit and sig == 2:
            self.force_exit = True
        else:
            self.should_exit = True


def run(app, *, host='127.0.0.1', port=8000, uds=None, fd=None, loop='auto', http='auto',
        http2=False, ws='auto', ws_max_size=16777216, ws_max_queue=32, ws_ping_interval=20.0,
        ws_ping_timeout=20.0, ws_per_message_deflate=True, lifespan='auto', interface='auto',
        reload=False, reload_dirs=None, reload_includes=None, reload_excludes=None,
        reload_delay=0.25, workers=None, env_file=None, log_config=LOGGING_CONFIG,
        log_level=None, access_log=True, proxy_headers=True, server_header=True,
        date_header=True, forwarded_allow_ips=None, root_path='', limit_concurrency=None,
        backlog=2048, limit_max_requests=None, limit_max_requests_jitter=0,
        timeout_keep_alive=5, timeout_graceful_shutdown=None, timeout_worker_healthcheck=5,
        ssl_keyfile=None, ssl_certfile=None, ssl_keyfile_password=None, ssl_version=17,
        ssl_cert_reqs=0, ssl_ca_certs=None, ssl_ciphers=None, ssl_context_factory=None,
        headers=None, use_colors=None, app_dir=None, factory=False,
        h11_max_incomplete_event_size=None, reset_contextvars=False):
    config = Config(
        app, host=host, port=port, uds=uds, fd=fd, loop=loop, http=http, http2=http2, ws=ws,
        ws_max_size=ws_max_size, ws_max_queue=ws_max_queue, ws_ping_interval=ws_ping_interval,
        ws_ping_timeout=ws_ping_timeout, ws_per_message_deflate=ws_per_message_deflate,
        lifespan=lifespan, interface=interface, reload=reload, reload_dirs=reload_dirs,
        reload_includes=reload_includes, reload_excludes=reload_excludes,
        reload_delay=reload_delay, workers=workers, env_file=env_file, log_config=log_config,
        log_level=log_level, access_log=access_log, proxy_headers=proxy_headers,
        server_header=server_header, date_header=date_header,
        forwarded_allow_ips=forwarded_allow_ips, root_path=root_path,
        limit_concurrency=limit_concurrency, backlog=backlog,
        limit_max_requests=limit_max_requests,
        limit_max_requests_jitter=limit_max_requests_jitter,
        timeout_keep_alive=timeout_keep_alive,
        timeout_graceful_shutdown=timeout_graceful_shutdown,
        timeout_worker_healthcheck=timeout_worker_healthcheck, ssl_keyfile=ssl_keyfile,
        ssl_certfile=ssl_certfile, ssl_keyfile_password=ssl_keyfile_password,
        ssl_version=ssl_version, ssl_cert_reqs=ssl_cert_reqs, ssl_ca_certs=ssl_ca_certs,
        ssl_ciphers=ssl_ciphers, ssl_context_factory=ssl_context_factory, headers=headers,
        use_colors=use_colors, factory=factory,
        h11_max_incomplete_event_size=h11_max_incomplete_event_size,
        reset_contextvars=reset_contextvars)
    if config.reload or config.workers > 1:
        if not isinstance(app, str):
            _logging.getLogger('uvicorn.error').warning(
                "You must pass the application as an import string to enable 'reload' or "
                "'workers'.")
            sys.exit(STARTUP_FAILURE)
        # A run has one process: the app is served here, without a reloader or workers.
    config.load_app()
    server = Server(config=config)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    if not server.started:
        sys.exit(STARTUP_FAILURE)


def main(app, **options):
    """The `uvicorn` command's entry point, called as a function: serves `app`."""
    run(app, **options)
