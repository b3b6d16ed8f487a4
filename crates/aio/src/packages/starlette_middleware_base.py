# Loopscope's starlette.middleware.base: BaseHTTPMiddleware, middleware written as
# `async def dispatch(request, call_next)`. `call_next` runs the rest of the app in a task
# of its own and returns as soon as the response starts; its body streams through.

import asyncio

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse


class _StreamingResponse(Response):
    def __init__(self, status_code, body, raw_headers, info=None):
        self.status_code = status_code
        self.media_type = None
        self.background = None
        self.body_iterator = body
        self.raw_headers = raw_headers
        self.info = info

    async def __call__(self, scope, receive, send):
        if self.info is not None:
            await send({'type': 'http.response.debug', 'info': self.info})
        await send({'type': 'http.response.start', 'status': self.status_code,
                    'headers': self.raw_headers})
        async for chunk in self.body_iterator:
            await send({'type': 'http.response.body', 'body': chunk, 'more_body': True})
        await send({'type': 'http.response.body', 'body': b'', 'more_body': False})
        if self.background is not None:
            await self.background()


class BaseHTTPMiddleware:
    def __init__(self, app, dispatch=None):
        self.app = app
        self.dispatch_func = self.dispatch if dispatch is None else dispatch

    async def __call__(self, scope, receive, send):
        if scope['type'] != 'http':
            await self.app(scope, receive, send)
            return
        request = Request(scope, receive=receive)
        app_exc = None

        async def call_next(request):
            nonlocal app_exc
            messages = asyncio.Queue()

            async def send_to_queue(message):
                await messages.put(message)

            async def run_app():
                nonlocal app_exc
                try:
                    await self.app(scope, request.receive, send_to_queue)
                except Exception as exc:
                    app_exc = exc
                finally:
                    await messages.put(None)

            task = asyncio.get_running_loop().create_task(run_app())
            message = await messages.get()
            if message is None:
                await task
                if app_exc is not None:
                    raise app_exc
                raise RuntimeError('No response returned.')
            assert message['type'] == 'http.response.start'

            async def body_stream():
                while True:
                    message = await messages.get()
                    if message is None:
                        break
                    body = message.get('body', b'')
                    if body:
                        yield body
                    if not message.get('more_body', False):
                        break
                await task
                if app_exc is not None:
                    raise app_exc

            return _StreamingResponse(message['status'], body_stream(), message['headers'])

        response = await self.dispatch_func(request, call_next)
        await response(scope, receive, send)
        if app_exc is not None:
            raise app_exc

    async def dispatch(self, request, call_next):
        raise NotImplementedError()
