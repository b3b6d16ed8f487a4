# A Starlette app behind uvicorn: the state its lifespan yields reaches every request
# (`request.state`, a copy per request), a streaming response goes out chunked, a
# background task runs after the response, and `root_path` shows in the scope.
import asyncio
import contextlib
import logging

import uvicorn
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, StreamingResponse
from starlette.routing import Route

PORT = 8788


class ToStdout(logging.Handler):
    """uvicorn's error log, printed on stdout without the process id."""

    def emit(self, record):
        text = record.getMessage().rstrip()
        if text.startswith(("Started server process", "Finished server process")):
            text = text.split(" [")[0] + " [PID]"
        print(f"  [{record.levelname}] {text}")


@contextlib.asynccontextmanager
async def lifespan(app):
    print("  lifespan: connecting")
    yield {"db": "connection-1", "hits": []}
    print("  lifespan: disconnecting")


async def home(request: Request):
    request.state.hits.append(request.url.path)
    request.state.mine = True
    return JSONResponse({"db": request.state.db, "hits": request.state.hits,
                         "root_path": request.scope["root_path"],
                         "path": request.scope["path"], "url": str(request.url)})


async def other(request: Request):
    return JSONResponse({"mine": hasattr(request.state, "mine"),
                         "hits": request.state.hits})


async def stream(request: Request):
    async def parts():
        for n in range(3):
            await asyncio.sleep(0.01)
            yield f"part {n};"
    return StreamingResponse(parts(), media_type="text/plain")


async def audit(path):
    print("  background task for", path)


async def later(request: Request):
    return PlainTextResponse("answered", background=BackgroundTask(audit, request.url.path))


app = Starlette(routes=[Route("/", home), Route("/other", other), Route("/stream", stream),
                        Route("/later", later)], lifespan=lifespan)


async def get(path):
    reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
    writer.write(f"GET {path} HTTP/1.1\r\nHost: example.org\r\nConnection: close\r\n\r\n"
                 .encode())
    data = await reader.read()
    writer.close()
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode().split("\r\n")
    headers = [line for line in lines[1:] if not line.startswith("date:")]
    print("   ", lines[0], headers, body)


async def main():
    config = uvicorn.Config(app, port=PORT, log_level="info", access_log=False,
                            root_path="/api")
    logging.getLogger("uvicorn.error").addHandler(ToStdout())
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.01)
    print("lifespan state:", server.lifespan.state)

    await get("/")
    await get("/other")
    await get("/stream")
    await get("/later")
    await get("/nothing-here")

    server.should_exit = True
    await task


asyncio.run(main())
