# Loopscope's httpx: the client side of httpx 0.29 — AsyncClient and Client, responses,
# streaming, timeouts and connection limits, and httpx's exception tree — over the
# runtime's network (simulated by default, or the browser's fetch). AsyncClient's
# requests are futures the loop completes; Client's and httpx.get's block the thread.

import asyncio
import json as _json
import _netcore
from urllib.parse import unquote, urljoin
from _netcore import Headers as _Headers, Elapsed as _Elapsed

__version__ = '0.29.0'

_USER_AGENT = f'python-httpx/{__version__}'


# --- exceptions ---

class HTTPError(Exception):
    def __init__(self, message):
        super().__init__(message)
        self._request = None

    @property
    def request(self):
        if self._request is None:
            raise RuntimeError('The .request property has not been set.')
        return self._request

    @request.setter
    def request(self, request):
        self._request = request


class RequestError(HTTPError):
    def __init__(self, message, *, request=None):
        super().__init__(message)
        self._request = request


class TransportError(RequestError):
    pass


class TimeoutException(TransportError):
    pass


class ConnectTimeout(TimeoutException):
    pass


class ReadTimeout(TimeoutException):
    pass


class WriteTimeout(TimeoutException):
    pass


class PoolTimeout(TimeoutException):
    pass


class NetworkError(TransportError):
    pass


class ReadError(NetworkError):
    pass


class WriteError(NetworkError):
    pass


class ConnectError(NetworkError):
    pass


class CloseError(NetworkError):
    pass


class ProxyError(TransportError):
    pass


class UnsupportedProtocol(TransportError):
    pass


class ProtocolError(TransportError):
    pass


class LocalProtocolError(ProtocolError):
    pass


class RemoteProtocolError(ProtocolError):
    pass


class DecodingError(RequestError):
    pass


class TooManyRedirects(RequestError):
    pass


class HTTPStatusError(HTTPError):
    def __init__(self, message, *, request, response):
        super().__init__(message)
        self.request = request
        self.response = response


class InvalidURL(Exception):
    def __init__(self, message):
        super().__init__(message)


class CookieConflict(Exception):
    def __init__(self, message):
        super().__init__(message)


class StreamError(RuntimeError):
    def __init__(self, message):
        super().__init__(message)


class StreamConsumed(StreamError):
    def __init__(self):
        super().__init__(
            'Attempted to read or stream some content, but the content has already been '
            'streamed. For requests, this could be due to passing a generator as request '
            'content, and then receiving a redirect response or a secondary request as part '
            'of an authentication flow.For responses, this could be due to attempting to '
            'stream the response content more than once.')


class StreamClosed(StreamError):
    def __init__(self):
        super().__init__('Attempted to read or stream content, but the stream has been closed.')


class ResponseNotRead(StreamError):
    def __init__(self):
        super().__init__(
            "Attempted to access streaming response content, without having called `read()`.")


class RequestNotRead(StreamError):
    def __init__(self):
        super().__init__(
            "Attempted to access streaming request content, without having called `read()`.")


# --- configuration ---

_UNSET = object()


class Timeout:
    """Limits for connecting, reading, writing and waiting for a pooled connection."""

    def __init__(self, timeout=_UNSET, *, connect=_UNSET, read=_UNSET, write=_UNSET, pool=_UNSET):
        if isinstance(timeout, Timeout):
            self.connect, self.read, self.write, self.pool = (
                timeout.connect, timeout.read, timeout.write, timeout.pool)
        elif isinstance(timeout, tuple):
            self.connect, self.read, self.write, self.pool = timeout
        elif (connect is not _UNSET and read is not _UNSET and write is not _UNSET
              and pool is not _UNSET):
            self.connect, self.read, self.write, self.pool = connect, read, write, pool
        else:
            if timeout is _UNSET:
                raise ValueError('httpx.Timeout must either include a default, or set all '
                                 'four parameters explicitly.')
            self.connect = timeout if connect is _UNSET else connect
            self.read = timeout if read is _UNSET else read
            self.write = timeout if write is _UNSET else write
            self.pool = timeout if pool is _UNSET else pool

    def as_dict(self):
        return {'connect': self.connect, 'read': self.read, 'write': self.write,
                'pool': self.pool}

    def __eq__(self, other):
        return isinstance(other, Timeout) and self.as_dict() == other.as_dict()

    def __repr__(self):
        if len({self.connect, self.read, self.write, self.pool}) == 1:
            return f'Timeout(timeout={self.connect})'
        return (f'Timeout(connect={self.connect}, read={self.read}, '
                f'write={self.write}, pool={self.pool})')

    def _limits(self):
        return (self.connect, self.read, None)


class Limits:
    def __init__(self, *, max_connections=None, max_keepalive_connections=None,
                 keepalive_expiry=5.0):
        self.max_connections = max_connections
        self.max_keepalive_connections = max_keepalive_connections
        self.keepalive_expiry = keepalive_expiry

    def __eq__(self, other):
        return isinstance(other, Limits) and (
            self.max_connections, self.max_keepalive_connections, self.keepalive_expiry) == (
            other.max_connections, other.max_keepalive_connections, other.keepalive_expiry)

    def __repr__(self):
        return (f'Limits(max_connections={self.max_connections}, '
                f'max_keepalive_connections={self.max_keepalive_connections}, '
                f'keepalive_expiry={self.keepalive_expiry})')


DEFAULT_TIMEOUT_CONFIG = Timeout(timeout=5.0)
DEFAULT_LIMITS = Limits(max_connections=100, max_keepalive_connections=20)
DEFAULT_MAX_REDIRECTS = 20
USE_CLIENT_DEFAULT = _UNSET


# The reason phrase httpx gives a status code (its own table: 418 is "I'm a teapot").
_PHRASES = {
    100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
    200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information',
    204: 'No Content', 205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status',
    208: 'Already Reported', 226: 'IM Used', 300: 'Multiple Choices',
    301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
    305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
    400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden',
    404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
    407: 'Proxy Authentication Required', 408: 'Request Timeout', 409: 'Conflict',
    410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed',
    413: 'Request Entity Too Large', 414: 'Request-URI Too Long',
    415: 'Unsupported Media Type', 416: 'Requested Range Not Satisfiable',
    417: 'Expectation Failed', 418: "I'm a teapot", 421: 'Misdirected Request',
    422: 'Unprocessable Entity', 423: 'Locked', 424: 'Failed Dependency', 425: 'Too Early',
    426: 'Upgrade Required', 428: 'Precondition Required', 429: 'Too Many Requests',
    431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
    500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway',
    503: 'Service Unavailable', 504: 'Gateway Timeout', 505: 'HTTP Version Not Supported',
    506: 'Variant Also Negotiates', 507: 'Insufficient Storage', 508: 'Loop Detected',
    510: 'Not Extended', 511: 'Network Authentication Required',
}


class codes:
    """Status codes by name: `httpx.codes.OK == 200`."""
    CONTINUE = 100
    OK = 200
    CREATED = 201
    ACCEPTED = 202
    NO_CONTENT = 204
    MOVED_PERMANENTLY = 301
    FOUND = 302
    NOT_MODIFIED = 304
    TEMPORARY_REDIRECT = 307
    PERMANENT_REDIRECT = 308
    BAD_REQUEST = 400
    UNAUTHORIZED = 401
    FORBIDDEN = 403
    NOT_FOUND = 404
    METHOD_NOT_ALLOWED = 405
    REQUEST_TIMEOUT = 408
    CONFLICT = 409
    IM_A_TEAPOT = 418
    UNPROCESSABLE_ENTITY = 422
    TOO_MANY_REQUESTS = 429
    INTERNAL_SERVER_ERROR = 500
    BAD_GATEWAY = 502
    SERVICE_UNAVAILABLE = 503
    GATEWAY_TIMEOUT = 504

    @staticmethod
    def get_reason_phrase(value):
        return _PHRASES.get(value, '')


# --- URLs, headers, requests, responses ---

class URL:
    def __init__(self, url='', *, params=None):
        text = str(url)
        parsed = _netcore.parse_url(text, params)
        self._parts = parsed if parsed[0] is not None else None
        self._text = parsed[5] if self._parts is not None else text

    def __str__(self):
        return self._text

    def __repr__(self):
        return f"URL('{self._text}')"

    def __eq__(self, other):
        if isinstance(other, (URL, str)):
            return str(other) == self._text
        return NotImplemented

    def __hash__(self):
        return hash(self._text)

    def _part(self, i):
        return self._parts[i] if self._parts is not None else None

    scheme = property(lambda self: self._part(0) or '')
    host = property(lambda self: self._part(1) or '')
    path = property(lambda self: self._part(3) or '/')
    query = property(lambda self: (self._part(4) or '').encode('ascii'))

    @property
    def port(self):
        port = self._part(2)
        return None if port in (80, 443) else port

    @property
    def raw_path(self):
        q = self._part(4)
        return (self.path + (f'?{q}' if q else '')).encode('ascii')

    @property
    def is_absolute_url(self):
        return self._parts is not None

    @property
    def is_relative_url(self):
        return self._parts is None

    def join(self, url):
        return URL(urljoin(self._text, str(url)))


class Headers(_Headers):
    def __repr__(self):
        secure = ('authorization', 'proxy-authorization')
        items = [(k, '[secure]' if k.lower() in secure else v) for k, v in self._items]
        if len({k.lower() for k, _ in items}) == len(items):
            return f'Headers({dict(items)!r})'
        return f'Headers({items!r})'

    def keys(self):
        return [k.lower() for k in self._unique()]

    def items(self):
        return [(k.lower(), ', '.join(self.getall(k))) for k in self._unique()]

    def values(self):
        return [v for _, v in self.items()]

    def multi_items(self):
        return [(k.lower(), v) for k, v in self._items]

    def get_list(self, key, split_commas=False):
        values = self.getall(key, [])
        if not split_commas:
            return values
        return [part.strip() for v in values for part in v.split(',')]

    def __iter__(self):
        return iter(self.keys())


def _dumps(value):
    """A JSON request body as httpx 0.28+ writes it: compact, UTF-8, no NaN."""
    return _json.dumps(value, ensure_ascii=False, separators=(',', ':'), allow_nan=False)


class Request:
    def __init__(self, method, url, *, params=None, headers=None, content=None, data=None,
                 json=None, extensions=None):
        self.method = method.upper()
        self.url = URL(url, params=params)
        self.headers = Headers(headers or {})
        body, ctype = _netcore.body_of(data, json, content, text_type=None, dumps=_dumps)
        self.content = body or b''
        if body and 'Content-Length' not in self.headers:
            self.headers['Content-Length'] = str(len(body))
        if ctype is not None and 'Content-Type' not in self.headers:
            self.headers['Content-Type'] = ctype
        self.extensions = extensions or {}

    def read(self):
        return self.content

    async def aread(self):
        return self.content

    def __repr__(self):
        return f"<Request('{self.method}', '{self.url}')>"


class Response:
    def __init__(self, status_code, *, headers=None, content=None, text=None, json=None,
                 request=None, extensions=None, history=None, default_encoding='utf-8'):
        self.status_code = status_code
        self.headers = Headers(headers or [])
        if json is not None:
            content = _json.dumps(json).encode('utf-8')
        elif text is not None:
            content = text.encode('utf-8')
        self._content = content if content is not None else b''
        self._request = request
        self.history = list(history or [])
        self.extensions = extensions or {}
        self.is_closed = False
        self.is_stream_consumed = False
        self._streaming = False
        self._read = True
        self._elapsed = None
        self.default_encoding = default_encoding
        self.next_request = None

    def __repr__(self):
        return f'<Response [{self.status_code} {self.reason_phrase}]>'

    @property
    def request(self):
        if self._request is None:
            raise RuntimeError('The request instance has not been set on this response.')
        return self._request

    @request.setter
    def request(self, value):
        self._request = value

    @property
    def url(self):
        return self.request.url

    @property
    def reason_phrase(self):
        return self.extensions.get('reason_phrase', codes.get_reason_phrase(self.status_code))

    @property
    def http_version(self):
        return 'HTTP/1.1'

    @property
    def elapsed(self):
        if self._elapsed is None:
            raise RuntimeError("'.elapsed' may only be accessed after the response has been "
                               'read or closed.')
        return self._elapsed

    @property
    def content(self):
        if not self._read:
            raise ResponseNotRead()
        return self._content

    @property
    def charset_encoding(self):
        return _netcore.charset(self.headers.get('Content-Type'))

    @property
    def encoding(self):
        return self.charset_encoding or self.default_encoding

    @property
    def text(self):
        return self.content.decode(self.encoding, 'replace')

    def json(self, **kwargs):
        return _json.loads(self.content.decode(self.encoding), **kwargs)

    @property
    def num_bytes_downloaded(self):
        return len(self._content) if self._read else 0

    is_informational = property(lambda self: 100 <= self.status_code < 200)
    is_success = property(lambda self: 200 <= self.status_code < 300)
    is_redirect = property(lambda self: self.status_code in (301, 302, 303, 307, 308)
                           and 'Location' in self.headers)
    is_client_error = property(lambda self: 400 <= self.status_code < 500)
    is_server_error = property(lambda self: 500 <= self.status_code < 600)
    is_error = property(lambda self: 400 <= self.status_code < 600)

    @property
    def has_redirect_location(self):
        return self.is_redirect

    def raise_for_status(self):
        if self._request is None:
            raise RuntimeError('Cannot call `raise_for_status` as the request instance has '
                               'not been set on this response.')
        if self.is_success:
            return self
        if self.has_redirect_location:
            message = ("{error_type} '{0.status_code} {0.reason_phrase}' for url '{0.url}'\n"
                       "Redirect location: '{0.headers[location]}'\n"
                       'For more information check: '
                       'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/{0.status_code}')
        else:
            message = ("{error_type} '{0.status_code} {0.reason_phrase}' for url '{0.url}'\n"
                       'For more information check: '
                       'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/{0.status_code}')
        error_types = {1: 'Informational response', 3: 'Redirect response',
                       4: 'Client error', 5: 'Server error'}
        error_type = error_types.get(self.status_code // 100, 'Invalid status code')
        raise HTTPStatusError(message.format(self, error_type=error_type),
                              request=self._request, response=self)

    # Reading and streaming (the body is complete once the response arrives).

    def _chunks(self, chunk_size):
        if self.is_stream_consumed:
            raise StreamConsumed()
        if self.is_closed:
            raise StreamClosed()
        self.is_stream_consumed = True
        self._read = True
        data = self._content
        size = chunk_size or len(data) or 1
        return [data[i:i + size] for i in range(0, len(data), size)]

    def read(self):
        if not self._read:
            self._content = b''.join(self._chunks(None))
        return self._content

    async def aread(self):
        return self.read()

    def iter_bytes(self, chunk_size=None):
        if self._read and not self._streaming:
            size = chunk_size or len(self._content) or 1
            return iter([self._content[i:i + size] for i in range(0, len(self._content), size)])
        return iter(self._chunks(chunk_size))

    iter_raw = iter_bytes

    def iter_text(self, chunk_size=None):
        return iter([c.decode(self.encoding, 'replace') for c in self.iter_bytes(chunk_size)])

    def iter_lines(self):
        text = ''.join(self.iter_text())
        return iter(text.splitlines())

    async def aiter_bytes(self, chunk_size=None):
        for chunk in self.iter_bytes(chunk_size):
            yield chunk

    aiter_raw = aiter_bytes

    async def aiter_text(self, chunk_size=None):
        for chunk in self.iter_text(chunk_size):
            yield chunk

    async def aiter_lines(self):
        for line in self.iter_lines():
            yield line

    def close(self):
        self.is_closed = True

    async def aclose(self):
        self.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


# --- clients ---

def _transport_error(kind, detail, parsed, sync):
    if kind == 'dns':
        return ConnectError('[Errno -2] Name or service not known')
    if kind == 'refused':
        return ConnectError('[Errno 111] Connection refused' if sync
                            else 'All connection attempts failed')
    if kind == 'disconnected':
        return RemoteProtocolError('Server disconnected without sending a response.')
    if kind == 'connect-timeout':
        return ConnectTimeout('timed out' if sync else '')
    if kind in ('read-timeout', 'total-timeout'):
        return ReadTimeout('The read operation timed out' if sync else '')
    return ConnectError(detail)


def _url_error(url, kind, detail):
    if kind == 'missing-scheme':
        return UnsupportedProtocol("Request URL is missing an 'http://' or 'https://' protocol.")
    if kind == 'unsupported-scheme':
        return UnsupportedProtocol(f"Request URL has an unsupported protocol '{detail}://'.")
    if kind == 'bad-port':
        return InvalidURL(f"Invalid port: '{detail}'")
    return InvalidURL('Invalid URL: no host')


def _timeout_of(timeout):
    if isinstance(timeout, Timeout):
        return timeout
    if timeout is None:
        return Timeout(None)
    return Timeout(timeout)



# --- transports: answering requests without the network ---
class BaseTransport:
    """What `Client(transport=...)` sends through: `handle_request(request) -> Response`."""

    def handle_request(self, request):
        raise NotImplementedError('The \'handle_request\' method must be implemented.')

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class AsyncBaseTransport:
    """What `AsyncClient(transport=...)` sends through."""

    async def handle_async_request(self, request):
        raise NotImplementedError('The \'handle_async_request\' method must be implemented.')

    async def aclose(self):
        pass

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        await self.aclose()


class MockTransport(AsyncBaseTransport, BaseTransport):
    """Answers every request with `handler(request)` (which an AsyncClient may await)."""

    def __init__(self, handler):
        self.handler = handler

    def handle_request(self, request):
        request.read()
        return self.handler(request)

    async def handle_async_request(self, request):
        await request.aread()
        response = self.handler(request)
        if not isinstance(response, Response):
            response = await response
        return response


class ASGITransport(AsyncBaseTransport):
    """Sends each request straight to an ASGI application, `await app(scope, receive,
    send)`, on the running loop: no network, no server. The app sees what a server would
    give it (scope, the body in `http.request` messages, then `http.disconnect` once the
    response is complete); its exceptions reach the caller unless
    `raise_app_exceptions=False`, which makes them a 500."""

    def __init__(self, app, raise_app_exceptions=True, root_path='', client=('127.0.0.1', 123)):
        self.app = app
        self.raise_app_exceptions = raise_app_exceptions
        self.root_path = root_path
        self.client = client

    async def handle_async_request(self, request):
        url = request.url
        host = url.host + ('' if url.port is None else f':{url.port}')
        headers = [(b'host', host.encode('ascii'))] + [
            (k.lower().encode('latin-1'), v.encode('latin-1'))
            for k, v in request.headers.pairs() if k.lower() != 'host']
        raw_path = url.raw_path.split(b'?')[0]
        scope = {
            'type': 'http',
            'asgi': {'version': '3.0'},
            'http_version': '1.1',
            'method': request.method,
            'headers': headers,
            'scheme': url.scheme,
            'path': unquote(raw_path.decode('ascii')),
            'raw_path': raw_path,
            'query_string': url.query,
            'server': (url.host, url.port),
            'client': self.client,
            'root_path': self.root_path,
        }
        chunks = [request.content or b'']
        state = {'sent': False, 'status': None, 'headers': None}
        body = []
        complete = asyncio.Event()

        async def receive():
            if state['sent']:
                await complete.wait()
                return {'type': 'http.disconnect'}
            if chunks:
                return {'type': 'http.request', 'body': chunks.pop(0), 'more_body': True}
            state['sent'] = True
            return {'type': 'http.request', 'body': b'', 'more_body': False}

        async def send(message):
            if message['type'] == 'http.response.start':
                assert state['status'] is None
                state['status'] = message['status']
                state['headers'] = message.get('headers', [])
            elif message['type'] == 'http.response.body':
                assert not complete.is_set()
                part = message.get('body', b'')
                if part and request.method != 'HEAD':
                    body.append(part)
                if not message.get('more_body', False):
                    complete.set()

        try:
            await self.app(scope, receive, send)
        except Exception:
            if self.raise_app_exceptions:
                raise
            complete.set()
            if state['status'] is None:
                state['status'] = 500
            if state['headers'] is None:
                state['headers'] = []
        assert complete.is_set()
        assert state['status'] is not None
        assert state['headers'] is not None
        return Response(state['status'],
                        headers=[(k.decode('latin-1'), v.decode('latin-1'))
                                 for k, v in state['headers']],
                        content=b''.join(body))


class _BaseClient:
    def __init__(self, *, auth=None, params=None, headers=None, cookies=None, verify=True,
                 cert=None, http1=True, http2=False, proxy=None, proxies=None, mounts=None,
                 timeout=DEFAULT_TIMEOUT_CONFIG, follow_redirects=False, limits=DEFAULT_LIMITS,
                 max_redirects=DEFAULT_MAX_REDIRECTS, event_hooks=None, base_url='',
                 transport=None, app=None, trust_env=True, default_encoding='utf-8'):
        self._base_url = URL(base_url) if base_url else None
        self._params = params
        self.headers = Headers([('Accept', '*/*'), ('Accept-Encoding', 'gzip, deflate'),
                                ('Connection', 'keep-alive'), ('User-Agent', _USER_AGENT)])
        if headers:
            self.headers.update(headers)
        self.timeout = _timeout_of(timeout)
        self.follow_redirects = follow_redirects
        self._limits = limits
        self._state = 'unopened'
        self._in_use = 0
        self._waiters = []
        # Idle keep-alive connections to the program's own servers, by address.
        self._idle = {}
        self._transport = transport
        self._max_redirects = max_redirects
        # `mounts`: a transport per URL pattern ("http://user-service", "all://*.example.com");
        # the most specific pattern that matches a request's URL wins.
        self._mounts = sorted(((_URLPattern(key), value) for key, value in (mounts or {}).items()),
                              key=lambda item: item[0].rank, reverse=True)

    @property
    def is_closed(self):
        return self._state == 'closed'

    def build_request(self, method, url, *, content=None, data=None, files=None, json=None,
                      params=None, headers=None, cookies=None, timeout=USE_CLIENT_DEFAULT,
                      extensions=None):
        if self._base_url is not None:
            url = self._base_url.join(url)
        merged = Headers(self.headers)
        if headers:
            merged.update(headers)
        pairs = _netcore.params_pairs(self._params) + _netcore.params_pairs(params)
        request = Request(method, url, params=pairs or None, headers=merged, content=content,
                          data=data, json=json, extensions=extensions)
        timeout = self.timeout if timeout is USE_CLIENT_DEFAULT else _timeout_of(timeout)
        request.extensions = dict(request.extensions, timeout=timeout.as_dict())
        request._ls_timeout = timeout
        return request

    def _next_request(self, request, response, history, follow):
        """The request to send after `response` (a redirect being followed), or None
        when `response` is the answer; keeps the redirects so far in `history`."""
        response.history = list(history)
        if not response.has_redirect_location:
            return None
        if not follow:
            response.next_request = _redirect_request(request, response)
            return None
        if len(history) >= self._max_redirects:
            raise TooManyRedirects('Exceeded maximum allowed redirects.', request=request)
        history.append(response)
        return _redirect_request(request, response)

    def _transport_for(self, url):
        for pattern, transport in self._mounts:
            if pattern.matches(url):
                return transport
        return self._transport

    def _prepare(self, request):
        if self._state == 'closed':
            raise RuntimeError('Cannot send a request, as the client has been closed.')
        self._state = 'opened'
        parsed = _netcore.parse_url(str(request.url))
        if parsed[0] is None:
            raise _url_error(str(request.url), parsed[1], parsed[2])
        return parsed

    def _response(self, request, result, parsed, sync):
        if result[0] is None:
            error = _transport_error(result[1], result[2], parsed, sync)
            error.request = request
            raise error
        status, reason, headers, body, _, elapsed = result
        response = Response(status, headers=[(k.lower(), v) for k, v in headers],
                            content=body, request=request,
                            extensions={'http_version': b'HTTP/1.1',
                                        'reason_phrase': reason})
        response._elapsed = _Elapsed(elapsed)
        return response


class _URLPattern:
    """A `mounts` key: scheme (or `all`), optional host (`*.` for subdomains), port."""

    def __init__(self, pattern):
        scheme, _, rest = pattern.partition('://')
        host, _, port = rest.partition(':')
        self.scheme = '' if scheme == 'all' else scheme
        self.host = host
        self.port = int(port) if port else None
        self.rank = (bool(self.port), len(self.host), len(self.scheme))

    def matches(self, url):
        if self.scheme and url.scheme != self.scheme:
            return False
        if self.host:
            if self.host.startswith('*.'):
                if not url.host.endswith(self.host[1:]):
                    return False
            elif self.host.startswith('*'):
                if not url.host.endswith(self.host[1:]) and url.host != self.host[1:]:
                    return False
            elif url.host != self.host:
                return False
        if self.port is not None and url.port != self.port:
            return False
        return True


def _redirect_request(request, response):
    """The request a redirect response asks for: its Location resolved against the URL,
    GET after a 303 (and after a 301 or 302 to a POST) without the body, the credentials
    dropped when the origin changes."""
    method = request.method
    if response.status_code == 303 and method != 'HEAD':
        method = 'GET'
    if response.status_code in (301, 302) and method == 'POST':
        method = 'GET'
    location = response.headers['location']
    url = request.url.join(location)
    headers = Headers(request.headers)
    if (url.scheme, url.host, url.port) != (request.url.scheme, request.url.host,
                                            request.url.port):
        headers.pop('Authorization', None)
    content = request.content
    if method != request.method:
        content = None
        headers.pop('Content-Length', None)
        headers.pop('Content-Type', None)
        headers.pop('Transfer-Encoding', None)
    new = Request(method, url, headers=headers, content=content,
                  extensions=request.extensions)
    new._ls_timeout = getattr(request, '_ls_timeout', None) or Timeout(5.0)
    return new


def _sent_headers(request):
    return [(k, v) for k, v in request.headers.pairs() if k.lower() != 'host']


class AsyncClient(_BaseClient):
    """An asynchronous HTTP client with a connection pool: `async with httpx.AsyncClient()
    as client: r = await client.get(url)`."""

    async def _acquire(self):
        limit = self._limits.max_connections if self._limits is not None else None
        if limit is None or (not self._waiters and self._in_use < limit):
            self._in_use += 1
            return
        fut = asyncio.get_running_loop().create_future()
        fut._ls_label = f'connection pool (limit={limit})'
        self._waiters.append(fut)
        try:
            # Resolved once a connection has been handed over to this request.
            await fut
        except BaseException:
            if fut in self._waiters:
                self._waiters.remove(fut)
            elif fut.done() and not fut.cancelled():
                self._release()
            raise

    def _release(self):
        while self._waiters:
            fut = self._waiters.pop(0)
            if not fut.done():
                fut.set_result(None)
                return
        self._in_use -= 1

    async def send(self, request, *, stream=False, auth=None, follow_redirects=None):
        follow = self.follow_redirects if follow_redirects is None else follow_redirects
        history = []
        while True:
            response = await self._send_one(request, stream)
            request = self._next_request(request, response, history, follow)
            if request is None:
                return response

    async def _send_one(self, request, stream):
        parsed = self._prepare(request)
        transport = self._transport_for(request.url)
        if transport is not None:
            loop = asyncio.get_running_loop()
            start = loop.time()
            response = await transport.handle_async_request(request)
            response.request = request
            response._elapsed = _Elapsed(loop.time() - start)
            return response
        timeout = getattr(request, '_ls_timeout', self.timeout)
        await self._acquire()
        try:
            result = await _netcore.fetch(request.method, str(request.url), _sent_headers(request),
                                          request.content or None, timeout._limits(),
                                          idle=self._idle)
        finally:
            self._release()
        response = self._response(request, result, parsed, False)
        if stream:
            response._streaming = True
            response._read = False
        return response

    async def request(self, method, url, *, content=None, data=None, files=None, json=None,
                      params=None, headers=None, cookies=None, auth=None,
                      follow_redirects=None, timeout=USE_CLIENT_DEFAULT, extensions=None):
        request = self.build_request(method, url, content=content, data=data, json=json,
                                     params=params, headers=headers, timeout=timeout,
                                     extensions=extensions)
        return await self.send(request, follow_redirects=follow_redirects)

    async def get(self, url, **kwargs):
        return await self.request('GET', url, **kwargs)

    async def options(self, url, **kwargs):
        return await self.request('OPTIONS', url, **kwargs)

    async def head(self, url, **kwargs):
        return await self.request('HEAD', url, **kwargs)

    async def post(self, url, **kwargs):
        return await self.request('POST', url, **kwargs)

    async def put(self, url, **kwargs):
        return await self.request('PUT', url, **kwargs)

    async def patch(self, url, **kwargs):
        return await self.request('PATCH', url, **kwargs)

    async def delete(self, url, **kwargs):
        return await self.request('DELETE', url, **kwargs)

    def stream(self, method, url, **kwargs):
        return _AsyncStream(self, method, url, kwargs)

    async def aclose(self):
        self._state = 'closed'
        idle, self._idle = self._idle, {}
        for connections in idle.values():
            for _, writer in connections:
                writer.close()

    async def __aenter__(self):
        if self._state != 'unopened':
            raise RuntimeError({'opened': 'Cannot open a client instance more than once.',
                                'closed': 'Cannot reopen a client instance, once it has been '
                                          'closed.'}[self._state])
        self._state = 'opened'
        return self

    async def __aexit__(self, exc_type=None, exc_value=None, traceback=None):
        await self.aclose()


class _AsyncStream:
    def __init__(self, client, method, url, kwargs):
        self._client = client
        self._request = client.build_request(method, url, **kwargs)
        self._response = None

    async def __aenter__(self):
        self._response = await self._client.send(self._request, stream=True)
        return self._response

    async def __aexit__(self, *exc):
        await self._response.aclose()


class Client(_BaseClient):
    """A blocking HTTP client: each request blocks the calling thread."""

    def send(self, request, *, stream=False, auth=None, follow_redirects=None):
        follow = self.follow_redirects if follow_redirects is None else follow_redirects
        history = []
        while True:
            response = self._send_one(request, stream)
            request = self._next_request(request, response, history, follow)
            if request is None:
                return response

    def _send_one(self, request, stream):
        parsed = self._prepare(request)
        transport = self._transport_for(request.url)
        if transport is not None:
            response = transport.handle_request(request)
            response.request = request
            response._elapsed = _Elapsed(0.0)
            return response
        timeout = getattr(request, '_ls_timeout', self.timeout)
        label = f"httpx.{request.method.lower()}('{request.url}')"
        result = _netcore.fetch_blocking(request.method, str(request.url), _sent_headers(request),
                                         request.content or None, timeout._limits(), label)
        response = self._response(request, result, parsed, True)
        if stream:
            response._streaming = True
            response._read = False
        return response

    def request(self, method, url, *, content=None, data=None, files=None, json=None,
                params=None, headers=None, cookies=None, auth=None, follow_redirects=None,
                timeout=USE_CLIENT_DEFAULT, extensions=None):
        request = self.build_request(method, url, content=content, data=data, json=json,
                                     params=params, headers=headers, timeout=timeout,
                                     extensions=extensions)
        return self.send(request, follow_redirects=follow_redirects)

    def get(self, url, **kwargs):
        return self.request('GET', url, **kwargs)

    def options(self, url, **kwargs):
        return self.request('OPTIONS', url, **kwargs)

    def head(self, url, **kwargs):
        return self.request('HEAD', url, **kwargs)

    def post(self, url, **kwargs):
        return self.request('POST', url, **kwargs)

    def put(self, url, **kwargs):
        return self.request('PUT', url, **kwargs)

    def patch(self, url, **kwargs):
        return self.request('PATCH', url, **kwargs)

    def delete(self, url, **kwargs):
        return self.request('DELETE', url, **kwargs)

    def stream(self, method, url, **kwargs):
        return _SyncStream(self, method, url, kwargs)

    def close(self):
        self._state = 'closed'

    def __enter__(self):
        if self._state != 'unopened':
            raise RuntimeError('Cannot open a client instance more than once.')
        self._state = 'opened'
        return self

    def __exit__(self, exc_type=None, exc_value=None, traceback=None):
        self.close()


class _SyncStream:
    def __init__(self, client, method, url, kwargs):
        self._client = client
        self._request = client.build_request(method, url, **kwargs)
        self._response = None

    def __enter__(self):
        self._response = self._client.send(self._request, stream=True)
        return self._response

    def __exit__(self, *exc):
        self._response.close()


def request(method, url, *, params=None, content=None, data=None, files=None, json=None,
            headers=None, cookies=None, auth=None, proxy=None, proxies=None,
            timeout=DEFAULT_TIMEOUT_CONFIG, follow_redirects=False, verify=True, cert=None,
            trust_env=True):
    """A one-off blocking request (`httpx.get` and friends)."""
    with Client(timeout=timeout, follow_redirects=follow_redirects) as client:
        return client.request(method, url, params=params, content=content, data=data,
                              json=json, headers=headers)


def stream(method, url, **kwargs):
    return Client().stream(method, url, **kwargs)


def get(url, **kwargs):
    return request('GET', url, **kwargs)


def options(url, **kwargs):
    return request('OPTIONS', url, **kwargs)


def head(url, **kwargs):
    return request('HEAD', url, **kwargs)


def post(url, **kwargs):
    return request('POST', url, **kwargs)


def put(url, **kwargs):
    return request('PUT', url, **kwargs)


def patch(url, **kwargs):
    return request('PATCH', url, **kwargs)


def delete(url, **kwargs):
    return request('DELETE', url, **kwargs)
