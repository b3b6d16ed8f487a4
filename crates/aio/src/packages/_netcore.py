# Loopscope's HTTP plumbing, shared by our aiohttp, httpx and requests: headers, bodies,
# URLs, and the two ways to wait for an answer (await it on the loop, or block the thread).
# The network itself (simulated or real) is the runtime's, behind `_net`.

import _net
import json as _json
from functools import partial as _partial

_MISSING = object()


class Headers:
    """Ordered, case-insensitive name/value pairs; names keep the case they came with."""

    def __init__(self, items=None):
        self._items = []
        if items is not None:
            self.extend(items)

    def extend(self, items):
        if isinstance(items, Headers):
            items = items._items
        elif hasattr(items, 'items'):
            items = items.items()
        for name, value in items:
            self._items.append((_text(name), _text(value)))

    def _find(self, key):
        k = key.lower()
        return [v for n, v in self._items if n.lower() == k]

    def __getitem__(self, key):
        found = self._find(key)
        if not found:
            raise KeyError(key)
        return found[0]

    def get(self, key, default=None):
        found = self._find(key)
        return found[0] if found else default

    def getall(self, key, default=_MISSING):
        found = self._find(key)
        if not found:
            if default is _MISSING:
                raise KeyError(key)
            return default
        return found

    def getone(self, key, default=_MISSING):
        found = self._find(key)
        if not found:
            if default is _MISSING:
                raise KeyError(key)
            return default
        return found[0]

    def __contains__(self, key):
        return isinstance(key, str) and bool(self._find(key))

    def __setitem__(self, key, value):
        k = key.lower()
        self._items = [(n, v) for n, v in self._items if n.lower() != k]
        self._items.append((_text(key), _text(value)))

    def __delitem__(self, key):
        k = key.lower()
        kept = [(n, v) for n, v in self._items if n.lower() != k]
        if len(kept) == len(self._items):
            raise KeyError(key)
        self._items = kept

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def add(self, key, value):
        self._items.append((_text(key), _text(value)))

    def update(self, other=(), **kwargs):
        for name, value in Headers(other)._items + list(kwargs.items()):
            self[name] = value

    def pop(self, key, default=_MISSING):
        found = self._find(key)
        if not found:
            if default is _MISSING:
                raise KeyError(key)
            return default
        del self[key]
        return found[0]

    def _unique(self):
        seen = []
        for name, _ in self._items:
            if name.lower() not in [s.lower() for s in seen]:
                seen.append(name)
        return seen

    def __iter__(self):
        return iter(self._unique())

    def __len__(self):
        return len(self._unique())

    def keys(self):
        return self._unique()

    def values(self):
        return [self[name] for name in self._unique()]

    def items(self):
        return [(name, self[name]) for name in self._unique()]

    def pairs(self):
        return list(self._items)

    def __eq__(self, other):
        if isinstance(other, Headers):
            other = other._lowered()
        elif hasattr(other, 'items'):
            other = {str(k).lower(): v for k, v in other.items()}
        else:
            return NotImplemented
        return self._lowered() == other

    def _lowered(self):
        return {name.lower(): self[name] for name in self._unique()}

    def __repr__(self):
        return repr(dict(self.items()))


def _text(value):
    if isinstance(value, bytes):
        return value.decode('latin-1')
    return str(value)


def params_pairs(params):
    """Query parameters as (name, value) text pairs: a dict (a list value repeats the
    name), a list of pairs, or a query string."""
    if params is None:
        return []
    if isinstance(params, str):
        return [tuple(p.split('=', 1)) if '=' in p else (p, '') for p in params.split('&') if p]
    items = params.items() if hasattr(params, 'items') else params
    out = []
    for name, value in items:
        values = value if isinstance(value, (list, tuple)) else [value]
        for v in values:
            if v is None:
                continue
            if isinstance(v, bool):
                v = 'true' if v else 'false'
            out.append((_text(name), _text(v)))
    return out


def parse_url(url, params=None):
    """`(scheme, host, port, path, query, href)`, or `(None, kind, detail)` when `url`
    cannot be fetched."""
    return _net.url(str(url), params_pairs(params))


def encode_form(data):
    return _net.encode_query(params_pairs(data))


def body_of(data=None, json=None, content=None, *, text_type='text/plain; charset=utf-8',
            bytes_type=None, dumps=None):
    """The request body and the content type it implies."""
    if json is not None:
        return (dumps or _json.dumps)(json).encode('utf-8'), 'application/json'
    if content is not None:
        data = content
    if data is None:
        return None, None
    if isinstance(data, (bytes, bytearray)):
        return bytes(data), bytes_type
    if isinstance(data, str):
        return data.encode('utf-8'), text_type
    if hasattr(data, 'items') or isinstance(data, (list, tuple)):
        return encode_form(data).encode('ascii'), 'application/x-www-form-urlencoded'
    raise TypeError(f'cannot send a request body of type {type(data).__name__}')


def mimetype(content_type):
    return (content_type or '').split(';')[0].strip().lower()


def charset(content_type):
    for part in (content_type or '').split(';')[1:]:
        name, _, value = part.strip().partition('=')
        if name.strip().lower() == 'charset':
            return value.strip().strip('"\'') or None
    return None


def _deliver(fut, fid, result):
    _net.finish(fid)
    if not fut.done():
        fut.set_result(result)


async def fetch(method, href, headers, body, timeouts, idle=None):
    """Sends a request and awaits its outcome: `(status, reason, headers, body, url,
    elapsed)` or `(None, kind, detail, elapsed)`. The loop keeps running meanwhile.
    `idle` is a client's pool of keep-alive connections to the program's own servers
    (by address), which such a request uses and refills; without one, each such
    request has a connection of its own."""
    from asyncio import events
    import loopscope.network
    loop = events.get_running_loop()
    app = loopscope.network._app_for(href)
    if app is not None:
        return await _ask_app(app, loop, method, href, headers, body)
    address = _own_server(href)
    if address is not None:
        return await _ask_server(loop, address, method, href, headers, body, idle)
    fut = loop.create_future()
    fut._ls_label = f'fetch({method} {href})'
    _net.fetch(loop._sched, method, href, headers, body, timeouts, _partial(_deliver, fut))
    return await fut


def fetch_blocking(method, href, headers, body, timeouts, label):
    """The same, blocking the calling thread until the answer comes (`label` names the
    call in the trace: in the loop's thread, it blocks the loop)."""
    import loopscope.network
    if loopscope.network._app_for(href) is not None:
        raise RuntimeError(f'{href}: the app mounted there runs on the event loop, so only an '
                           'async client (httpx.AsyncClient, aiohttp) can reach it')
    if _own_server(href) is not None:
        raise RuntimeError(f'{href}: the server listening there is this program\'s own and runs '
                           'on its event loop, so only an async client (httpx.AsyncClient, '
                           'aiohttp) can reach it')
    return _net.fetch_blocking(method, href, headers, body, timeouts, label)


def _own_server(href):
    """The `(host, port)` of the program's own server (`asyncio.start_server`, uvicorn)
    that listens where `href` points, or None."""
    from asyncio import selector_events
    from urllib.parse import urlsplit
    if not selector_events._listening:
        return None
    url = urlsplit(href)
    if url.scheme != 'http':
        return None
    try:
        port = url.port or 80
    except ValueError:
        return None
    host = selector_events._host_of(url.hostname)
    for address in ((host, port), ('127.0.0.1', port)):
        if address in selector_events._listening:
            return address
    return None


async def _ask_server(loop, address, method, href, headers, body, idle=None):
    """A request to the program's own server, as HTTP/1.1 over a connection of the run's
    own TCP (`asyncio/selector_events.py`): the server's protocol parses what a real
    client would send, and the answer is read as a real client reads it (Content-Length,
    chunked, or up to the end of the stream). The connection comes from `idle` when one
    waits there, and goes back to it when both sides keep it alive."""
    import asyncio
    from urllib.parse import urlsplit
    url = urlsplit(href)
    target = (url.path or '/') + (f'?{url.query}' if url.query else '')
    lines = [f'{method} {target} HTTP/1.1', f'Host: {url.netloc}']
    lines += [f'{k}: {v}' for k, v in headers if k.lower() != 'host']
    if body and not any(k.lower() in ('content-length', 'transfer-encoding') for k, _ in headers):
        lines.append(f'Content-Length: {len(body)}')
    request = ('\r\n'.join(lines) + '\r\n\r\n').encode('latin-1') + (body or b'')
    start = loop.time()
    waiting = idle.get(address, []) if idle is not None else []
    while True:
        reused = False
        while waiting:
            reader, writer = waiting.pop()
            if not writer.is_closing() and not reader.at_eof():
                reused = True
                break
            writer.close()
        if not reused:
            try:
                reader, writer = await asyncio.open_connection(*address)
            except ConnectionRefusedError as exc:
                return None, 'refused', str(exc), loop.time() - start
        outcome = await _exchange(reader, writer, request, method, headers)
        if outcome == 'unanswered' and reused:
            # The server closed the idle connection before this request reached it; a
            # real client's pool sees that on the socket and takes another.
            writer.close()
            continue
        if outcome is None or outcome == 'unanswered':
            writer.close()
            return None, 'disconnected', '', loop.time() - start
        status, reason, answer_headers, content, keep = outcome
        if idle is not None and keep:
            idle.setdefault(address, []).append((reader, writer))
        else:
            writer.close()
        return status, reason, answer_headers, content, href, loop.time() - start


async def _exchange(reader, writer, request, method, headers):
    """Writes `request` and reads the answer: `(status, reason, headers, body, keep)`,
    `keep` when both sides leave the connection open for another request; `'unanswered'`
    when the connection ended before any of the answer came (so the request can go on
    another), None when it ended in the middle of it."""
    import asyncio
    status_line = b''
    try:
        writer.write(request)
        await writer.drain()
        status_line = await reader.readline()
        if not status_line:
            return 'unanswered'
        while status_line.startswith(b'HTTP/1.1 100'):
            while (await reader.readline()).strip():
                pass
            status_line = await reader.readline()
        parts = status_line.decode('latin-1').rstrip('\r\n').split(' ', 2)
        if len(parts) < 2 or not parts[1].isdigit():
            return None
        status = int(parts[1])
        reason = parts[2] if len(parts) > 2 else ''
        answer_headers = []
        while True:
            line = (await reader.readline()).decode('latin-1').rstrip('\r\n')
            if not line:
                break
            name, _, value = line.partition(':')
            answer_headers.append((name.strip(), value.strip()))
        fields = {k.lower(): v for k, v in answer_headers}
        chunked = 'chunked' in fields.get('transfer-encoding', '').lower()
        if method == 'HEAD' or status in (204, 304) or 100 <= status < 200:
            content = b''
        elif chunked:
            chunks = []
            while True:
                size = int((await reader.readline()).split(b';')[0].strip() or b'0', 16)
                if size == 0:
                    while (await reader.readline()).strip():
                        pass
                    break
                chunks.append(await reader.readexactly(size))
                await reader.readline()
            content = b''.join(chunks)
        elif 'content-length' in fields:
            content = await reader.readexactly(int(fields['content-length']))
        else:
            content = await reader.read()
    except ConnectionError:
        return None if status_line else 'unanswered'
    except asyncio.IncompleteReadError:
        return None
    framed = (method == 'HEAD' or status in (204, 304) or chunked
              or 'content-length' in fields)
    closing = any(k.lower() == 'connection' and 'close' in v.lower()
                  for k, v in list(headers) + answer_headers)
    return status, reason, answer_headers, content, framed and not closing


async def _ask_app(app, loop, method, href, headers, body):
    """A request answered by an ASGI app mounted with loopscope.network.mount, run in a
    task of its own: the outcome in fetch's shape. An exception in the app is a 500, and
    its traceback goes to stderr as a server would log it."""
    import http
    import sys
    import traceback
    from urllib.parse import unquote, urlsplit
    url = urlsplit(href)
    port = url.port
    default = {'http': 80, 'https': 443}.get(url.scheme)
    host = url.hostname or ''
    scope = {
        'type': 'http', 'asgi': {'version': '3.0'}, 'http_version': '1.1',
        'method': method, 'scheme': url.scheme,
        'path': unquote(url.path or '/'), 'raw_path': (url.path or '/').encode(),
        'query_string': url.query.encode(), 'root_path': '',
        'headers': [(b'host', url.netloc.encode())] + [
            (k.lower().encode('latin-1'), str(v).encode('latin-1'))
            for k, v in headers if k.lower() != 'host'],
        'server': (host, port if port is not None else default),
        'client': ('127.0.0.1', 50000),
    }
    answer = {'status': None, 'headers': [], 'body': []}
    done = loop.create_future()
    sent = False

    async def receive():
        nonlocal sent
        if not sent:
            sent = True
            return {'type': 'http.request', 'body': body or b'', 'more_body': False}
        await done
        return {'type': 'http.disconnect'}

    async def send(message):
        if message['type'] == 'http.response.start':
            answer['status'] = message['status']
            answer['headers'] = [(k.decode('latin-1'), v.decode('latin-1'))
                                 for k, v in message.get('headers', [])]
        elif message['type'] == 'http.response.body':
            if method != 'HEAD':
                answer['body'].append(message.get('body', b''))
            if not message.get('more_body', False) and not done.done():
                done.set_result(None)

    async def serve():
        try:
            await app(scope, receive, send)
        except Exception:
            sys.stderr.write('ERROR:    Exception in ASGI application\n'
                             + traceback.format_exc())
            if answer['status'] is None:
                answer['status'] = 500
                answer['headers'] = [('content-type', 'text/plain; charset=utf-8'),
                                     ('content-length', '21')]
                answer['body'] = [b'Internal Server Error']

    start = loop.time()
    await loop.create_task(serve(), name=f'{host} {method} {scope["path"]}')
    status = answer['status'] or 500
    try:
        reason = http.HTTPStatus(status).phrase
    except ValueError:
        reason = ''
    return status, reason, answer['headers'], b''.join(answer['body']), href, loop.time() - start


class gaierror(OSError):
    pass


gaierror.__module__ = 'socket'


class Elapsed:
    """How long a request took, with `datetime.timedelta`'s face."""

    def __init__(self, seconds):
        self._micros = round(seconds * 1_000_000)

    def total_seconds(self):
        return self._micros / 1_000_000

    @property
    def seconds(self):
        return self._micros // 1_000_000

    @property
    def microseconds(self):
        return self._micros % 1_000_000

    def __repr__(self):
        secs, micros = divmod(self._micros, 1_000_000)
        parts = []
        if secs:
            parts.append(f'seconds={secs}')
        if micros or not parts:
            parts.append(f'microseconds={micros}')
        return 'datetime.timedelta(' + ', '.join(parts) + ')'

    def __str__(self):
        secs, micros = divmod(self._micros, 1_000_000)
        h, rest = divmod(secs, 3600)
        m, s = divmod(rest, 60)
        text = f'{h}:{m:02d}:{s:02d}'
        return text + (f'.{micros:06d}' if micros else '')

    def __eq__(self, other):
        return isinstance(other, Elapsed) and other._micros == self._micros

    def __lt__(self, other):
        return self._micros < other._micros
