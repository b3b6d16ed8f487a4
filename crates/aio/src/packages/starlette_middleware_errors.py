# Loopscope's starlette.middleware.errors: ServerErrorMiddleware, the outermost layer of an
# app. An exception nobody handled becomes a 500 "Internal Server Error" (or the app's
# own 500 handler's response) — and is raised again, for the server to log.

import inspect
import traceback

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse


class ServerErrorMiddleware:
    def __init__(self, app, handler=None, debug=False):
        self.app = app
        self.handler = handler
        self.debug = debug

    async def __call__(self, scope, receive, send):
        if scope['type'] != 'http':
            await self.app(scope, receive, send)
            return
        started = False

        async def _send(message):
            nonlocal started
            if message['type'] == 'http.response.start':
                started = True
            await send(message)

        try:
            await self.app(scope, receive, _send)
        except Exception as exc:
            request = Request(scope)
            if self.debug:
                response = self.debug_response(request, exc)
            elif self.handler is None:
                response = self.error_response(request, exc)
            elif inspect.iscoroutinefunction(self.handler):
                response = await self.handler(request, exc)
            else:
                response = await run_in_threadpool(self.handler, request, exc)
            if not started:
                await response(scope, receive, send)
            raise exc

    def debug_response(self, request, exc):
        accept = request.headers.get('accept', '')
        text = ''.join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        if 'text/html' in accept:
            return HTMLResponse(f'<pre>{text}</pre>', status_code=500)
        return PlainTextResponse(text, status_code=500)

    def error_response(self, request, exc):
        return PlainTextResponse('Internal Server Error', status_code=500)
