# Loopscope's starlette.testclient: TestClient, a blocking httpx Client whose requests go
# straight to an ASGI app, and which runs the app's lifespan inside `with TestClient(app)`.
# Starlette runs the app on an event loop in a second thread (anyio's blocking portal);
# Loopscope has one loop thread, so the client keeps an event loop of its own and runs it
# on the calling thread for each request — from synchronous code, as tests call it.

import asyncio
import contextlib
from urllib.parse import unquote

import httpx


class _Portal:
    """The client's event loop: runs one coroutine at a time to completion, keeping the
    app's other tasks (its lifespan) pending in between."""

    def __init__(self):
        self.loop = None

    def call(self, coro):
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            pass
        else:
            coro.close()
            raise RuntimeError("TestClient is synchronous: use it from code that is not running "
                               "in an event loop (use httpx.AsyncClient with ASGITransport "
                               "inside one)")
        if self.loop is None or self.loop.is_closed():
            self.loop = asyncio.new_event_loop()
        return self.loop.run_until_complete(coro)

    def create_task(self, coro):
        if self.loop is None or self.loop.is_closed():
            self.loop = asyncio.new_event_loop()
        return self.loop.create_task(coro)

    def close(self):
        if self.loop is not None and not self.loop.is_closed():
            self.loop.close()
        self.loop = None


class _TestClientTransport(httpx.BaseTransport):
    def __init__(self, app, portal, raise_server_exceptions=True, root_path='',
                 app_state=None, client=('testclient', 50000)):
        self.app = app
        self.portal = portal
        self.raise_server_exceptions = raise_server_exceptions
        self.root_path = root_path
        self.app_state = app_state if app_state is not None else {}
        self.client = client

    def handle_request(self, request):
        url = request.url
        scheme = url.scheme
        netloc = url.host + ('' if url.port is None else f':{url.port}')
        path = url.path
        raw_path = url.raw_path.split(b'?')[0]
        query = url.query.decode('ascii')
        default_port = {'http': 80, 'ws': 80, 'https': 443, 'wss': 443}[scheme]
        if ':' in netloc:
            host, port_text = netloc.split(':', 1)
            port = int(port_text)
        else:
            host, port = netloc, default_port
        if 'host' in request.headers:
            headers = []
        elif port == default_port:
            headers = [(b'host', host.encode())]
        else:
            headers = [(b'host', f'{host}:{port}'.encode())]
        headers += [(key.lower().encode(), value.encode())
                    for key, value in request.headers.pairs()]
        scope = {
            'type': 'http',
            'http_version': '1.1',
            'method': request.method,
            'path': unquote(path),
            'raw_path': raw_path,
            'root_path': self.root_path,
            'scheme': scheme,
            'query_string': query.encode(),
            'headers': headers,
            'client': self.client,
            'server': [host, port],
            'extensions': {'http.response.debug': {}},
            'state': dict(self.app_state),
        }
        body = request.read()
        sent = {'request': False, 'response_started': False, 'complete': False}
        response = {'status': None, 'headers': None, 'body': []}

        async def receive():
            if sent['request']:
                while not sent['complete']:
                    await asyncio.sleep(0)
                return {'type': 'http.disconnect'}
            sent['request'] = True
            return {'type': 'http.request', 'body': body, 'more_body': False}

        async def send(message):
            if message['type'] == 'http.response.start':
                assert not sent['response_started'], 'Received multiple "http.response.start" messages.'
                response['status'] = message['status']
                response['headers'] = [(k.decode(), v.decode())
                                       for k, v in message.get('headers', [])]
                sent['response_started'] = True
            elif message['type'] == 'http.response.body':
                assert sent['response_started'], 'Received "http.response.body" without "http.response.start".'
                assert not sent['complete'], 'Received "http.response.body" after response completed.'
                chunk = message.get('body', b'')
                if request.method != 'HEAD':
                    response['body'].append(chunk)
                if not message.get('more_body', False):
                    sent['complete'] = True

        try:
            self.portal.call(self.app(scope, receive, send))
        except BaseException:
            if self.raise_server_exceptions:
                raise
        if self.raise_server_exceptions:
            assert sent['response_started'], 'TestClient did not receive any response.'
        elif not sent['response_started']:
            return httpx.Response(500, headers=[], content=b'', request=request)
        return httpx.Response(response['status'], headers=response['headers'],
                              content=b''.join(response['body']), request=request)


class TestClient(httpx.Client):
    __test__ = False

    def __init__(self, app, base_url='http://testserver', raise_server_exceptions=True,
                 root_path='', backend='asyncio', backend_options=None, cookies=None,
                 headers=None, follow_redirects=True, client=('testclient', 50000)):
        self.app = app
        self.app_state = {}
        self.portal = _Portal()
        transport = _TestClientTransport(app, self.portal,
                                         raise_server_exceptions=raise_server_exceptions,
                                         root_path=root_path, app_state=self.app_state,
                                         client=client)
        all_headers = {'user-agent': 'testclient'}
        if headers is not None:
            all_headers.update(headers)
        super().__init__(base_url=base_url, headers=all_headers, transport=transport,
                         follow_redirects=follow_redirects, cookies=cookies)
        self._lifespan = None

    def __enter__(self):
        self._to_app = asyncio.Queue()
        self._from_app = asyncio.Queue()
        scope = {'type': 'lifespan', 'state': self.app_state}

        async def run_lifespan():
            try:
                await self.app(scope, self._to_app.get, self._from_app.put)
            finally:
                await self._from_app.put(None)

        self._lifespan = self.portal.create_task(run_lifespan())

        async def startup():
            await self._to_app.put({'type': 'lifespan.startup'})
            message = await self._from_app.get()
            if message is None or message['type'] == 'lifespan.startup.failed':
                await self._lifespan
            return message

        self.portal.call(startup())
        return self

    def __exit__(self, *args):
        async def shutdown():
            await self._to_app.put({'type': 'lifespan.shutdown'})
            message = await self._from_app.get()
            if message is None or message['type'] == 'lifespan.shutdown.failed':
                await self._lifespan
            with contextlib.suppress(BaseException):
                await self._lifespan

        try:
            self.portal.call(shutdown())
        finally:
            self.close()
            self.portal.close()
