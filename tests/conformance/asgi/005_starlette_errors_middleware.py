# Starlette's error handling and middleware: HTTPException with headers, handlers chosen
# by status code or exception class, the 500 handler and how an unhandled exception
# still reaches the caller, middleware written as a dispatch function and as
# BaseHTTPMiddleware classes (in the order they wrap), and background tasks running after
# the response.
import asyncio

import httpx
from starlette.applications import Starlette
from starlette.background import BackgroundTasks
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.responses import JSONResponse, PlainTextResponse
from starlette.routing import Route

log = []


class QuotaExceeded(Exception):
    pass


class Timing(BaseHTTPMiddleware):
    def __init__(self, app, label):
        super().__init__(app)
        self.label = label

    async def dispatch(self, request, call_next):
        log.append(f"{self.label} before {request.url.path}")
        response = await call_next(request)
        response.headers["X-" + self.label] = "seen"
        log.append(f"{self.label} after {response.status_code}")
        return response


async def ok(request):
    log.append("endpoint ok")
    tasks = BackgroundTasks()
    tasks.add_task(log.append, "background sync")

    async def later(what):
        log.append(f"background async {what}")

    tasks.add_task(later, "email")
    return PlainTextResponse("ok", background=tasks)


async def teapot(request):
    raise HTTPException(418, detail={"why": "short and stout"}, headers={"X-Pot": "1"})


async def quota(request):
    raise QuotaExceeded("100 per hour")


async def lookup(request):
    raise KeyError(request.path_params["key"])


async def broken(request):
    raise RuntimeError("the database is on fire")


async def on_http(request, exc):
    return JSONResponse({"status": exc.status_code, "detail": exc.detail},
                        status_code=exc.status_code, headers=exc.headers)


def on_quota(request, exc):
    return PlainTextResponse(f"slow down: {exc}", status_code=429)


async def on_404(request, exc):
    return PlainTextResponse(f"nothing at {request.url.path}", status_code=404)


async def on_500(request, exc):
    return JSONResponse({"error": type(exc).__name__, "message": str(exc)}, status_code=500)


app = Starlette(
    routes=[Route("/ok", ok), Route("/teapot", teapot), Route("/quota", quota),
            Route("/lookup/{key}", lookup), Route("/broken", broken)],
    middleware=[Middleware(Timing, label="Outer"), Middleware(Timing, label="Inner")],
    exception_handlers={HTTPException: on_http, QuotaExceeded: on_quota, 404: on_404,
                        500: on_500},
)


async def add_header(request, call_next):
    log.append("decorated before")
    response = await call_next(request)
    response.headers["X-Decorated"] = "yes"
    log.append("decorated after")
    return response


app.add_middleware(BaseHTTPMiddleware, dispatch=add_header)


async def main():
    for raise_app_exceptions in (True, False):
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=raise_app_exceptions)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            for path in ["/ok", "/teapot", "/quota", "/nowhere", "/lookup/k1", "/broken"]:
                log.clear()
                try:
                    r = await client.get(path)
                    headers = {k: v for k, v in r.headers.items() if k.startswith("x-")}
                    print(path, r.status_code, r.text, headers)
                except Exception as e:
                    print(path, "raised", type(e).__name__, e)
                print("   ", log)
    plain = Starlette(routes=[Route("/x", teapot), Route("/y", broken)])
    transport = httpx.ASGITransport(app=plain, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for path in ["/x", "/y", "/z"]:
            r = await client.get(path)
            print(path, r.status_code, repr(r.text), r.headers.get("x-pot"))


asyncio.run(main())
