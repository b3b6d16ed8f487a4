# Loopscope's aiohttp: the client side of aiohttp 3.8 — ClientSession, responses, timeouts,
# TCPConnector's connection limits and the ClientError family — over the runtime's
# network (simulated by default, or the browser's fetch). Requests never block the loop:
# each one is a future the loop completes when the answer arrives.

import asyncio
import json as _json
import _netcore
from _netcore import Headers as _Headers

__version__ = '3.8.6'

_USER_AGENT = f'Python/3.11 aiohttp/{__version__}'


class URL:
    """A URL, as yarl prints it."""

    def __init__(self, value=''):
        self._text = str(value)
        parsed = _netcore.parse_url(self._text)
        self._parts = parsed if parsed[0] is not None else None
        if self._parts is not None:
            self._text = self._parts[5]

    def __str__(self):
        return self._text

    def __repr__(self):
        return f"URL('{self._text}')"

    def __eq__(self, other):
        return isinstance(other, URL) and other._text == self._text

    def __hash__(self):
        return hash(self._text)

    def _part(self, i):
        return self._parts[i] if self._parts is not None else None

    scheme = property(lambda self: self._part(0) or '')
    host = property(lambda self: self._part(1))
    port = property(lambda self: self._part(2))
    path = property(lambda self: self._part(3) or '')
    raw_path = path
    query_string = property(lambda self: self._part(4) or '')
    name = property(lambda self: self.path.rsplit('/', 1)[-1])

    def is_absolute(self):
        return self._parts is not None

    def human_repr(self):
        return self._text

    def join(self, url):
        other = str(url)
        if _netcore.parse_url(other)[0] is not None or self._parts is None:
            return URL(other)
        base = f'{self.scheme}://{self.host}' + ('' if self.port in (80, 443) else f':{self.port}')
        if other.startswith('/'):
            return URL(base + other)
        return URL(base + self.path.rsplit('/', 1)[0] + '/' + other)


class CIMultiDictProxy(_Headers):
    def __repr__(self):
        inner = ', '.join(f'{k!r}: {v!r}' for k, v in self._items)
        return f'<{type(self).__name__}({inner})>'


class CIMultiDict(CIMultiDictProxy):
    pass


class RequestInfo:
    def __init__(self, url, method, headers, real_url=None):
        self.url = url
        self.method = method
        self.headers = headers
        self.real_url = url if real_url is None else real_url

    def __repr__(self):
        return (f'RequestInfo(url={self.url!r}, method={self.method!r}, '
                f'headers={self.headers!r}, real_url={self.real_url!r})')


class ConnectionKey:
    def __init__(self, host, port, is_ssl):
        self.host = host
        self.port = port
        self.is_ssl = is_ssl
        self.ssl = None

    def __repr__(self):
        return (f'ConnectionKey(host={self.host!r}, port={self.port!r}, is_ssl={self.is_ssl!r}, '
                'ssl=None, proxy=None, proxy_auth=None, proxy_headers_hash=None)')


# --- errors (aiohttp.client_exceptions) ---

class ClientError(Exception):
    """Base class for client connection errors."""


class ClientResponseError(ClientError):
    def __init__(self, request_info, history, *, code=None, status=None, message='',
                 headers=None):
        self.request_info = request_info
        if status is None:
            status = code if code is not None else 0
        self.status = status
        self.message = message
        self.headers = headers
        self.history = history
        self.args = (request_info, history)

    def __str__(self):
        return '{}, message={!r}, url={!r}'.format(self.status, self.message,
                                                   self.request_info.real_url)

    def __repr__(self):
        args = f'{self.request_info!r}, {self.history!r}'
        if self.status != 0:
            args += f', status={self.status!r}'
        if self.message != '':
            args += f', message={self.message!r}'
        if self.headers is not None:
            args += f', headers={self.headers!r}'
        return f'{type(self).__name__}({args})'


class ContentTypeError(ClientResponseError):
    """The response's content type is not what was asked for."""


class ClientConnectionError(ClientError):
    """Base class for client socket errors."""


class ClientOSError(ClientConnectionError, OSError):
    """OSError error."""


class ClientConnectorError(ClientOSError):
    """The connector could not reach the host."""

    def __init__(self, connection_key, os_error):
        self._conn_key = connection_key
        self._os_error = os_error
        # aiohttp then sets args to (connection_key, os_error); ours keep (errno,
        # strerror), which our OSError reads its errno and strerror from.
        super().__init__(os_error.errno, os_error.strerror)

    os_error = property(lambda self: self._os_error)
    host = property(lambda self: self._conn_key.host)
    port = property(lambda self: self._conn_key.port)
    ssl = property(lambda self: self._conn_key.ssl)

    def __str__(self):
        return 'Cannot connect to host {0.host}:{0.port} ssl:{1} [{2}]'.format(
            self, self.ssl if self.ssl is not None else 'default', self.strerror)


class ClientProxyConnectionError(ClientConnectorError):
    pass


class ClientSSLError(ClientConnectorError):
    pass


class ServerConnectionError(ClientConnectionError):
    """Server connection errors."""


class ServerDisconnectedError(ServerConnectionError):
    def __init__(self, message=None):
        if message is None:
            message = 'Server disconnected'
        self.args = (message,)
        self.message = message


class ServerTimeoutError(ServerConnectionError, asyncio.TimeoutError):
    """Server timeout error."""


class ClientPayloadError(ClientError):
    """Response payload error."""


class InvalidURL(ClientError, ValueError):
    def __init__(self, url):
        super().__init__(url)

    @property
    def url(self):
        return self.args[0]

    def __repr__(self):
        return f'<{type(self).__name__} {self.url}>'


# --- timeouts and connectors ---

_SENTINEL = object()


class ClientTimeout:
    __slots__ = ('total', 'connect', 'sock_read', 'sock_connect')

    def __init__(self, total=None, connect=None, sock_read=None, sock_connect=None):
        self.total = total
        self.connect = connect
        self.sock_read = sock_read
        self.sock_connect = sock_connect

    def __repr__(self):
        return (f'ClientTimeout(total={self.total!r}, connect={self.connect!r}, '
                f'sock_read={self.sock_read!r}, sock_connect={self.sock_connect!r})')

    def __eq__(self, other):
        if not isinstance(other, ClientTimeout):
            return NotImplemented
        return (self.total, self.connect, self.sock_read, self.sock_connect) == \
            (other.total, other.connect, other.sock_read, other.sock_connect)

    def _limits(self):
        connects = [t for t in (self.connect, self.sock_connect) if t is not None]
        return (min(connects) if connects else None, self.sock_read, self.total)


DEFAULT_TIMEOUT = ClientTimeout(total=5 * 60)


class BaseConnector:
    """Hands out connections: at most `limit` at once (0: no limit), and at most
    `limit_per_host` to one host. A request waits here for a free one."""

    def __init__(self, *, limit=100, limit_per_host=0, force_close=False, keepalive_timeout=_SENTINEL,
                 enable_cleanup_closed=False, loop=None, timeout_ceil_threshold=5):
        self._limit = limit
        self._limit_per_host = limit_per_host
        self._force_close = force_close
        self._closed = False
        self._in_use = 0
        self._per_host = {}
        self._waiters = []

    limit = property(lambda self: self._limit)
    limit_per_host = property(lambda self: self._limit_per_host)
    closed = property(lambda self: self._closed)
    force_close = property(lambda self: self._force_close)

    def _has_room(self, host):
        if self._limit and self._in_use >= self._limit:
            return False
        if self._limit_per_host and self._per_host.get(host, 0) >= self._limit_per_host:
            return False
        return True

    async def _acquire(self, host):
        if self._closed:
            raise ClientConnectionError('Connector is closed.')
        if not self._waiters and self._has_room(host):
            self._take(host)
            return
        fut = asyncio.get_running_loop().create_future()
        limit = self._limit_per_host if self._limit_per_host else self._limit
        fut._ls_label = f'connection pool (limit={limit})'
        self._waiters.append((host, fut))
        try:
            # Resolved once a connection has been taken on this request's behalf.
            await fut
        except BaseException:
            if (host, fut) in self._waiters:
                self._waiters.remove((host, fut))
            elif fut.done() and not fut.cancelled():
                self._release(host)
            raise

    def _take(self, host):
        self._in_use += 1
        self._per_host[host] = self._per_host.get(host, 0) + 1

    def _release(self, host):
        self._in_use -= 1
        self._per_host[host] -= 1
        for waiter in list(self._waiters):
            host, fut = waiter
            if fut.done():
                self._waiters.remove(waiter)
            elif self._has_room(host):
                self._waiters.remove(waiter)
                self._take(host)
                fut.set_result(None)
            elif self._limit and self._in_use >= self._limit:
                break

    async def close(self):
        self._closed = True


class TCPConnector(BaseConnector):
    def __init__(self, *, verify_ssl=True, fingerprint=None, use_dns_cache=True, ttl_dns_cache=10,
                 family=0, ssl_context=None, ssl=None, local_addr=None, resolver=None,
                 keepalive_timeout=_SENTINEL, force_close=False, limit=100, limit_per_host=0,
                 enable_cleanup_closed=False, loop=None, timeout_ceil_threshold=5):
        super().__init__(limit=limit, limit_per_host=limit_per_host, force_close=force_close)


# --- responses ---

class StreamReader:
    """The response body as a stream (already complete: it arrived with the response)."""

    def __init__(self, body):
        self._body = body
        self._pos = 0

    def at_eof(self):
        return self._pos >= len(self._body)

    async def read(self, n=-1):
        if n is None or n < 0:
            n = len(self._body) - self._pos
        chunk = self._body[self._pos:self._pos + n]
        self._pos += len(chunk)
        return chunk

    async def readany(self):
        return await self.read()

    async def readline(self):
        end = self._body.find(b'\n', self._pos)
        end = len(self._body) if end < 0 else end + 1
        chunk = self._body[self._pos:end]
        self._pos = end
        return chunk

    async def readexactly(self, n):
        return await self.read(n)

    async def iter_chunked(self, n):
        while not self.at_eof():
            yield await self.read(n)

    async def iter_any(self):
        while not self.at_eof():
            yield await self.read()

    def __aiter__(self):
        return self._lines()

    async def _lines(self):
        while not self.at_eof():
            yield await self.readline()


class ClientResponse:
    def __init__(self, method, url, status, reason, headers, body, request_info, elapsed):
        self.method = method
        self.url = url
        self.real_url = url
        self.status = status
        self.reason = reason
        self.headers = CIMultiDictProxy(headers)
        self.raw_headers = tuple((k.encode(), v.encode()) for k, v in headers)
        self.history = ()
        self.request_info = request_info
        self.version = 'HTTP/1.1'
        self._body = body
        self._released = False
        self.content = StreamReader(body)
        self._elapsed = elapsed

    def __repr__(self):
        reason = self.reason.encode('ascii', 'backslashreplace').decode('ascii') if self.reason else 'None'
        return f'<ClientResponse({self.url}) [{self.status} {reason}]>\n{self.headers!r}\n'

    @property
    def ok(self):
        return self.status < 400

    @property
    def content_type(self):
        ctype = self.headers.get('Content-Type')
        return _netcore.mimetype(ctype) if ctype else 'application/octet-stream'

    @property
    def charset(self):
        return _netcore.charset(self.headers.get('Content-Type'))

    @property
    def content_length(self):
        value = self.headers.get('Content-Length')
        return int(value) if value is not None else None

    @property
    def closed(self):
        return self._released

    @property
    def connection(self):
        return None

    def get_encoding(self):
        return self.charset or 'utf-8'

    async def read(self):
        return self._body

    async def text(self, encoding=None, errors='strict'):
        return self._body.decode(encoding or self.get_encoding(), errors)

    async def json(self, *, encoding=None, loads=_json.loads, content_type='application/json'):
        if content_type:
            ctype = self.headers.get('Content-Type', '').lower()
            if not _expected_type(ctype, content_type):
                raise ContentTypeError(
                    self.request_info, self.history,
                    message=f'Attempt to decode JSON with unexpected mimetype: {ctype}',
                    headers=self.headers)
        stripped = self._body.strip()
        if not stripped:
            return None
        return loads(stripped.decode(encoding or self.get_encoding()))

    def raise_for_status(self):
        if not self.ok:
            self.release()
            raise ClientResponseError(self.request_info, self.history, status=self.status,
                                      message=self.reason, headers=self.headers)

    def release(self):
        self._released = True

    def close(self):
        self._released = True

    async def wait_for_close(self):
        self.release()

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


def _expected_type(ctype, expected):
    if expected == 'application/json':
        mime = _netcore.mimetype(ctype)
        return mime.startswith('application/') and (mime == 'application/json' or mime.endswith('+json'))
    return expected in ctype


class _RequestContextManager:
    """What `session.get(...)` returns: await it for the response, or use it with
    `async with` to release the response at the end of the block."""

    __slots__ = ('_coro', '_resp')

    def __init__(self, coro):
        self._coro = coro
        self._resp = None

    def send(self, arg):
        return self._coro.send(arg)

    def throw(self, *args):
        return self._coro.throw(*args)

    def close(self):
        return self._coro.close()

    def __await__(self):
        return self._coro.__await__()

    def __iter__(self):
        return self.__await__()

    async def __aenter__(self):
        self._resp = await self._coro
        return self._resp

    async def __aexit__(self, exc_type, exc, tb):
        self._resp.release()


# --- the session ---

def _connect_error(parsed, kind, detail):
    scheme, host, port = parsed[0], parsed[1], parsed[2]
    key = ConnectionKey(host, port, scheme == 'https')
    if kind == 'dns':
        return ClientConnectorError(key, _netcore.gaierror(-2, 'Name or service not known'))
    if kind == 'refused':
        address = '127.0.0.1' if host == 'localhost' else host
        return ClientConnectorError(key, ConnectionRefusedError(
            111, f"Connect call failed ('{address}', {port})"))
    return ClientConnectorError(key, OSError(None, detail))


class ClientSession:
    """A pool of connections and shared settings for a run of requests."""

    def __init__(self, base_url=None, *, connector=None, loop=None, cookies=None, headers=None,
                 skip_auto_headers=None, auth=None, json_serialize=_json.dumps,
                 request_class=None, response_class=None, ws_response_class=None,
                 version=None, cookie_jar=None, connector_owner=True, raise_for_status=False,
                 read_timeout=_SENTINEL, conn_timeout=None, timeout=_SENTINEL,
                 auto_decompress=True, trust_env=False, requote_redirect_url=True,
                 trace_configs=None, read_bufsize=2 ** 16, max_line_size=8190,
                 max_field_size=8190, fallback_charset_resolver=None):
        self._base_url = None if base_url is None else URL(base_url)
        self._connector = connector if connector is not None else TCPConnector()
        self._connector_owner = connector_owner
        if timeout is _SENTINEL:
            timeout = DEFAULT_TIMEOUT
        elif not isinstance(timeout, ClientTimeout):
            raise ValueError(f'timeout parameter cannot be of {type(timeout)} type, '
                             'please use \'timeout=ClientTimeout(...)\'')
        self._timeout = timeout
        self._default_headers = CIMultiDict(headers or {})
        self._raise_for_status = raise_for_status
        self._json_serialize = json_serialize
        self._closed = False

    def __repr__(self):
        return f'<aiohttp.client.ClientSession object at {hex(id(self))}>'

    closed = property(lambda self: self._closed)
    connector = property(lambda self: self._connector)
    timeout = property(lambda self: self._timeout)
    headers = property(lambda self: self._default_headers)
    connector_owner = property(lambda self: self._connector_owner)

    def request(self, method, url, **kwargs):
        return _RequestContextManager(self._request(method, url, **kwargs))

    def get(self, url, *, allow_redirects=True, **kwargs):
        return self.request('GET', url, allow_redirects=allow_redirects, **kwargs)

    def options(self, url, *, allow_redirects=True, **kwargs):
        return self.request('OPTIONS', url, allow_redirects=allow_redirects, **kwargs)

    def head(self, url, *, allow_redirects=False, **kwargs):
        return self.request('HEAD', url, allow_redirects=allow_redirects, **kwargs)

    def post(self, url, *, data=None, **kwargs):
        return self.request('POST', url, data=data, **kwargs)

    def put(self, url, *, data=None, **kwargs):
        return self.request('PUT', url, data=data, **kwargs)

    def patch(self, url, *, data=None, **kwargs):
        return self.request('PATCH', url, data=data, **kwargs)

    def delete(self, url, **kwargs):
        return self.request('DELETE', url, **kwargs)

    async def _request(self, method, str_or_url, *, params=None, data=None, json=None,
                       cookies=None, headers=None, skip_auto_headers=None, auth=None,
                       allow_redirects=True, max_redirects=10, compress=None, chunked=None,
                       expect100=False, raise_for_status=None, read_until_eof=True,
                       proxy=None, proxy_auth=None, timeout=_SENTINEL, verify_ssl=None,
                       fingerprint=None, ssl_context=None, ssl=None, proxy_headers=None,
                       trace_request_ctx=None, read_bufsize=None):
        if self._closed:
            raise RuntimeError('Session is closed')
        if data is not None and json is not None:
            raise ValueError('data and json parameters can not be used at the same time')
        if not isinstance(str_or_url, (str, URL)):
            raise TypeError('Constructor parameter should be str')
        url = str_or_url
        if self._base_url is not None:
            url = self._base_url.join(url)
        parsed = _netcore.parse_url(url, params)
        if parsed[0] is None:
            raise InvalidURL(str(str_or_url))
        href = parsed[5]
        body, ctype = _netcore.body_of(data, json, dumps=self._json_serialize,
                                       bytes_type='application/octet-stream')
        sent = CIMultiDict([('Host', parsed[1] if parsed[2] in (80, 443) else f'{parsed[1]}:{parsed[2]}'),
                            ('Accept', '*/*'), ('Accept-Encoding', 'gzip, deflate'),
                            ('User-Agent', _USER_AGENT)])
        sent.update(self._default_headers)
        if headers:
            sent.update(headers)
        if ctype is not None and 'Content-Type' not in sent:
            sent['Content-Type'] = ctype
        if timeout is _SENTINEL or timeout is None:
            timeout = self._timeout if timeout is _SENTINEL else ClientTimeout()
        elif not isinstance(timeout, ClientTimeout):
            timeout = ClientTimeout(total=timeout)
        request_info = RequestInfo(URL(href), method.upper(), CIMultiDictProxy(sent))
        host = parsed[1]
        await self._connector._acquire(host)
        try:
            result = await _netcore.fetch(method.upper(), href,
                                          [p for p in sent.pairs() if p[0] != 'Host'],
                                          body, timeout._limits())
        finally:
            self._connector._release(host)
        if result[0] is None:
            kind, detail = result[1], result[2]
            if kind == 'total-timeout':
                raise asyncio.TimeoutError()
            if kind == 'read-timeout':
                raise ServerTimeoutError('Timeout on reading data from socket')
            if kind == 'connect-timeout':
                raise ServerTimeoutError(f'Connection timeout to host {href}')
            if kind == 'disconnected':
                raise ServerDisconnectedError()
            raise _connect_error(parsed, kind, detail)
        status, reason, resp_headers, resp_body, resp_url, elapsed = result
        resp = ClientResponse(method.upper(), URL(resp_url), status, reason, resp_headers,
                              resp_body, request_info, elapsed)
        check = self._raise_for_status if raise_for_status is None else raise_for_status
        if check:
            resp.raise_for_status()
        return resp

    async def close(self):
        if not self._closed:
            if self._connector_owner:
                await self._connector.close()
            self._closed = True

    def detach(self):
        self._connector = None

    def __enter__(self):
        raise TypeError('Use async with instead')

    def __exit__(self, exc_type, exc_val, exc_tb):
        pass

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        await self.close()


class _SessionRequestContextManager:
    def __init__(self, coro, session):
        self._coro = coro
        self._session = session
        self._resp = None

    def __await__(self):
        return self._run().__await__()

    async def _run(self):
        try:
            return await self._coro
        finally:
            await self._session.close()

    async def __aenter__(self):
        try:
            self._resp = await self._coro
        except BaseException:
            await self._session.close()
            raise
        return self._resp

    async def __aexit__(self, exc_type, exc, tb):
        self._resp.release()
        await self._session.close()


def request(method, url, *, params=None, data=None, json=None, headers=None, timeout=_SENTINEL,
            raise_for_status=None, connector=None, **kwargs):
    """A one-off request in a session of its own: `async with aiohttp.request('GET', url)`."""
    session = ClientSession(connector=connector, timeout=DEFAULT_TIMEOUT if timeout is _SENTINEL else timeout)
    coro = session._request(method, url, params=params, data=data, json=json, headers=headers,
                            raise_for_status=raise_for_status, **kwargs)
    return _SessionRequestContextManager(coro, session)
