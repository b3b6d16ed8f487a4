# httpx's AsyncClient talking to a Starlette app that uvicorn serves over HTTP: JSON in
# and out, query parameters, a streamed answer read as it arrives, request headers as the
# app sees them, and an error page; uvicorn's access log goes through a formatter of the
# program's own that hides the client's port.
import asyncio
import logging
import re

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, StreamingResponse
from starlette.routing import Route
from uvicorn.logging import AccessFormatter

PORT = 8841


class NoPortAccessFormatter(AccessFormatter):
    def formatMessage(self, record):
        return re.sub(r"127\.0\.0\.1:\d+", "127.0.0.1:PORT", super().formatMessage(record))


async def echo(request: Request):
    payload = await request.json() if request.method == "POST" else None
    return JSONResponse({"method": request.method, "query": dict(request.query_params),
                         "json": payload, "agent": request.headers["user-agent"].split("/")[0],
                         "custom": request.headers.get("x-custom")})


async def countdown(request: Request):
    async def numbers():
        for n in range(3, 0, -1):
            yield f"{n}\n"
            await asyncio.sleep(0.05)
        yield "liftoff\n"
    return StreamingResponse(numbers(), media_type="text/plain")


async def fail(request: Request):
    raise RuntimeError("broken endpoint")


app = Starlette(routes=[Route("/echo", echo, methods=["GET", "POST"]),
                        Route("/countdown", countdown), Route("/fail", fail)])


async def main():
    config = uvicorn.Config(app, port=PORT, log_level="info")
    logging.getLogger("uvicorn.error").setLevel(logging.WARNING)
    logging.getLogger("uvicorn.access").handlers[0].setFormatter(NoPortAccessFormatter(
        '%(levelprefix)s %(client_addr)s - "%(request_line)s" %(status_code)s'))
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.01)

    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{PORT}") as client:
        r = await client.get("/echo", params={"q": "search terms", "n": 3},
                             headers={"X-Custom": "yes"})
        print(r.status_code, r.headers["content-type"], r.headers["server"], r.json())
        r = await client.post("/echo", json={"name": "widget", "tags": ["a", "b"]})
        print(r.status_code, r.json())
        async with client.stream("GET", "/countdown") as r:
            print(r.status_code, r.headers.get("transfer-encoding"))
            async for line in r.aiter_lines():
                print("  line:", line)
        r = await client.get("/missing")
        print(r.status_code, r.text)
        r = await client.get("/fail")
        print(r.status_code, r.text)
        r = await client.head("/echo")
        print(r.status_code, r.headers["content-length"], r.content)

    server.should_exit = True
    await task


asyncio.run(main())
