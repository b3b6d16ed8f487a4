# Unhandled errors and the 500 they become: raised in an async endpoint, in a sync one
# (from its worker thread), in a dependency before its yield, and in a middleware; a
# handler registered for Exception answers them with a JSON body of its own, yet the
# exception still reaches the caller unless the transport is told not to raise it.
import asyncio

import httpx
from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse

log = []


def make_app(with_handler):
    app = FastAPI()

    async def broken_dep():
        log.append("dep starts")
        raise LookupError("no such tenant")
        yield "unreachable"

    @app.get("/async")
    async def async_fail():
        raise KeyError("missing-key")

    @app.get("/sync")
    def sync_fail():
        return {"ratio": 1 / 0}

    @app.get("/dep")
    async def dep_fail(tenant: str = Depends(broken_dep)):
        return {"tenant": tenant}

    @app.get("/ok")
    async def ok():
        return {"ok": True}

    @app.middleware("http")
    async def guard(request: Request, call_next):
        if request.headers.get("x-crash-middleware"):
            raise RuntimeError("middleware broke")
        return await call_next(request)

    if with_handler:
        @app.exception_handler(Exception)
        async def everything(request: Request, exc: Exception):
            log.append(f"handler saw {type(exc).__name__}")
            return JSONResponse({"error": type(exc).__name__, "path": request.url.path}, status_code=500)

    return app


async def main():
    for with_handler in [False, True]:
        app = make_app(with_handler)
        for raise_errors in [True, False]:
            transport = httpx.ASGITransport(app=app, raise_app_exceptions=raise_errors)
            async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
                for path, headers in [("/async", {}), ("/sync", {}), ("/dep", {}),
                                      ("/ok", {"X-Crash-Middleware": "1"}), ("/ok", {})]:
                    log.clear()
                    try:
                        r = await client.get(path, headers=headers)
                        outcome = f"{r.status_code} {r.headers.get('content-type')} {r.text}"
                    except Exception as e:
                        outcome = f"raised {type(e).__name__}: {e}"
                    print(f"handler={with_handler} raise={raise_errors} {path} {headers} -> {outcome} {log}")


asyncio.run(main())
