# Loopscope's starlette.middleware.exceptions: ExceptionMiddleware turns an exception an
# endpoint raises into the response its handler makes (by status code for HTTPException,
# else by the exception's class); HTTPException's own handler answers with its detail.
# Also `wrap_app_handling_exceptions` (starlette._exception_handler), which each route
# uses so that middleware sees handled responses.

import inspect

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException, WebSocketException
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response


def _lookup_handler(exc, exception_handlers):
    for cls in type(exc).__mro__:
        if cls in exception_handlers:
            return exception_handlers[cls]
    return None


def wrap_app_handling_exceptions(app, conn):
    handlers = conn.scope.get('starlette.exception_handlers')
    if handlers is None:
        return app
    exception_handlers, status_handlers = handlers

    async def wrapped(scope, receive, send):
        started = False

        async def sender(message):
            nonlocal started
            if message['type'] == 'http.response.start':
                started = True
            await send(message)

        try:
            await app(scope, receive, sender)
        except Exception as exc:
            handler = None
            if isinstance(exc, HTTPException):
                handler = status_handlers.get(exc.status_code)
            if handler is None:
                handler = _lookup_handler(exc, exception_handlers)
            if handler is None:
                raise exc
            if started:
                raise RuntimeError('Caught handled exception, but response already started.') from exc
            if inspect.iscoroutinefunction(handler):
                response = await handler(conn, exc)
            else:
                response = await run_in_threadpool(handler, conn, exc)
            if response is not None:
                await response(scope, receive, sender)

    return wrapped


class ExceptionMiddleware:
    def __init__(self, app, handlers=None, debug=False):
        self.app = app
        self.debug = debug
        self._status_handlers = {}
        self._exception_handlers = {
            HTTPException: self.http_exception,
            WebSocketException: self.websocket_exception,
        }
        if handlers is not None:
            for key, value in handlers.items():
                self.add_exception_handler(key, value)

    def add_exception_handler(self, exc_class_or_status_code, handler):
        if isinstance(exc_class_or_status_code, int):
            self._status_handlers[exc_class_or_status_code] = handler
        else:
            assert issubclass(exc_class_or_status_code, Exception)
            self._exception_handlers[exc_class_or_status_code] = handler

    async def __call__(self, scope, receive, send):
        if scope['type'] not in ('http', 'websocket'):
            await self.app(scope, receive, send)
            return
        scope['starlette.exception_handlers'] = (self._exception_handlers,
                                                 self._status_handlers)
        conn = Request(scope, receive, send)
        await wrap_app_handling_exceptions(self.app, conn)(scope, receive, send)

    async def http_exception(self, request, exc):
        if exc.status_code in (204, 304):
            return Response(status_code=exc.status_code, headers=exc.headers)
        return PlainTextResponse(exc.detail, status_code=exc.status_code, headers=exc.headers)

    async def websocket_exception(self, websocket, exc):
        await websocket.close(code=exc.code, reason=exc.reason)
