# Loopscope's starlette.requests: HTTPConnection (what a request and a websocket share:
# URL, headers, query and path parameters, cookies, client, state) and Request, which
# reads the body from the ASGI `receive` channel.

import json

from starlette.datastructures import URL, Address, Headers, QueryParams, State


class ClientDisconnect(Exception):
    pass


def cookie_parser(cookie_string):
    """The cookies of a Cookie header, as browsers send them: `a=1; b=2`."""
    cookies = {}
    for chunk in cookie_string.split(';'):
        if '=' in chunk:
            key, value = chunk.split('=', 1)
        else:
            key, value = '', chunk
        key, value = key.strip(), value.strip()
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1]
        if key or value:
            cookies[key] = value
    return cookies


class HTTPConnection:
    def __init__(self, scope, receive=None):
        assert scope['type'] in ('http', 'websocket')
        self.scope = scope

    def __getitem__(self, key):
        return self.scope[key]

    def __iter__(self):
        return iter(self.scope)

    def __len__(self):
        return len(self.scope)

    __eq__ = object.__eq__
    __hash__ = object.__hash__

    @property
    def app(self):
        return self.scope['app']

    @property
    def url(self):
        if not hasattr(self, '_url'):
            self._url = URL(scope=self.scope)
        return self._url

    @property
    def base_url(self):
        if not hasattr(self, '_base_url'):
            base = dict(self.scope)
            root = base.get('app_root_path', base.get('root_path', ''))
            base['path'] = root if root.endswith('/') else root + '/'
            base['query_string'] = b''
            base['root_path'] = root
            self._base_url = URL(scope=base)
        return self._base_url

    @property
    def headers(self):
        if not hasattr(self, '_headers'):
            self._headers = Headers(scope=self.scope)
        return self._headers

    @property
    def query_params(self):
        if not hasattr(self, '_query_params'):
            self._query_params = QueryParams(self.scope['query_string'])
        return self._query_params

    @property
    def path_params(self):
        return self.scope.get('path_params', {})

    @property
    def cookies(self):
        if not hasattr(self, '_cookies'):
            cookies = {}
            for header in self.headers.getlist('cookie'):
                cookies.update(cookie_parser(header))
            self._cookies = cookies
        return self._cookies

    @property
    def client(self):
        host_port = self.scope.get('client')
        if host_port is not None:
            return Address(*host_port)
        return None

    @property
    def session(self):
        assert 'session' in self.scope, 'SessionMiddleware must be installed to access request.session'
        return self.scope['session']

    @property
    def state(self):
        if not hasattr(self, '_state'):
            self.scope.setdefault('state', {})
            self._state = State(self.scope['state'])
        return self._state

    def url_for(self, name, /, **path_params):
        router = self.scope.get('router') or self.scope['app'].router
        url_path = router.url_path_for(name, **path_params)
        return url_path.make_absolute_url(base_url=self.base_url)


async def _empty_receive():
    raise RuntimeError('Receive channel has not been made available')


async def _empty_send(message):
    raise RuntimeError('Send channel has not been made available')


class Request(HTTPConnection):
    def __init__(self, scope, receive=_empty_receive, send=_empty_send):
        super().__init__(scope)
        assert scope['type'] == 'http'
        self._receive = receive
        self._send = send
        self._stream_consumed = False
        self._is_disconnected = False

    @property
    def method(self):
        return self.scope['method']

    @property
    def receive(self):
        return self._receive

    async def stream(self):
        if hasattr(self, '_body'):
            yield self._body
            yield b''
            return
        if self._stream_consumed:
            raise RuntimeError('Stream consumed')
        while not self._stream_consumed:
            message = await self._receive()
            if message['type'] == 'http.request':
                body = message.get('body', b'')
                if not message.get('more_body', False):
                    self._stream_consumed = True
                if body:
                    yield body
            elif message['type'] == 'http.disconnect':
                self._is_disconnected = True
                raise ClientDisconnect()
        yield b''

    async def body(self):
        if not hasattr(self, '_body'):
            chunks = []
            async for chunk in self.stream():
                chunks.append(chunk)
            self._body = b''.join(chunks)
        return self._body

    async def json(self):
        if not hasattr(self, '_json'):
            body = await self.body()
            self._json = json.loads(body)
        return self._json

    async def is_disconnected(self):
        return self._is_disconnected

    async def close(self):
        pass
