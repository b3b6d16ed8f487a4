# Several middlewares on one FastAPI app: two `@app.middleware("http")` functions and a
# BaseHTTPMiddleware class, in the order they wrap the endpoint (the last added runs
# first), each adding a header; a middleware that answers without calling the endpoint;
# one that reads request.state set by an outer one; and a timing header whose value is
# checked, not printed.
import asyncio
import time

import httpx
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.middleware.base import BaseHTTPMiddleware

app = FastAPI()
log = []


@app.get("/hello")
async def hello(request: Request):
    log.append("endpoint")
    return {"hello": "world", "request_id": request.state.request_id}


@app.get("/fail")
async def fail():
    log.append("endpoint fail")
    raise ValueError("nope")


@app.middleware("http")
async def inner(request: Request, call_next):
    log.append(f"inner in {request.state.request_id}")
    response = await call_next(request)
    response.headers["X-Inner"] = "1"
    log.append("inner out")
    return response


@app.middleware("http")
async def timing(request: Request, call_next):
    start = time.perf_counter()
    log.append("timing in")
    response = await call_next(request)
    response.headers["X-Process-Time"] = f"{time.perf_counter() - start:.6f}"
    log.append("timing out")
    return response


class Gate(BaseHTTPMiddleware):
    def __init__(self, app, blocked):
        super().__init__(app)
        self.blocked = blocked
        self.seen = 0

    async def dispatch(self, request, call_next):
        self.seen += 1
        request.state.request_id = f"req-{self.seen}"
        log.append(f"gate in {request.url.path}")
        if request.headers.get("x-user") in self.blocked:
            log.append("gate blocked")
            return JSONResponse({"detail": "blocked"}, status_code=403)
        response = await call_next(request)
        response.headers["X-Gate"] = str(self.seen)
        log.append(f"gate out {response.status_code}")
        return response


app.add_middleware(Gate, blocked={"mallory"})


async def main():
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for path, headers in [("/hello", {}), ("/hello", {"X-User": "mallory"}), ("/missing", {}),
                              ("/fail", {})]:
            log.clear()
            r = await client.get(path, headers=headers)
            took = r.headers.get("x-process-time")
            print(path, r.status_code, r.text, r.headers.get("x-inner"), r.headers.get("x-gate"),
                  "timed" if took is not None and float(took) >= 0 else None)
            print("   ", log)


asyncio.run(main())
