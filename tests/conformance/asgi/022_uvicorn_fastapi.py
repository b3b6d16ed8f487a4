# A FastAPI app behind uvicorn: its lifespan (startup and shutdown around the server's
# life, `app.state` filled at startup) and its answers over HTTP — JSON, 404, 422 for a
# bad parameter or body, and 500 when an endpoint raises, which uvicorn also logs
# ("Exception in ASGI application") before closing the connection.
import asyncio
import contextlib
import logging

import uvicorn
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

PORT = 8787


class ToStdout(logging.Handler):
    """uvicorn's error log, printed on stdout without the process id or traceback."""

    def emit(self, record):
        text = record.getMessage().rstrip()
        if text.startswith(("Started server process", "Finished server process")):
            text = text.split(" [")[0] + " [PID]"
        if record.exc_info:
            text += f" <{record.exc_info[0].__name__}: {record.exc_info[1]}>"
        print(f"  [{record.levelname}] {text}")


@contextlib.asynccontextmanager
async def lifespan(app):
    print("  lifespan: startup")
    app.state.greeting = "hello"
    yield
    print("  lifespan: shutdown, greeting was", app.state.greeting)


app = FastAPI(lifespan=lifespan)


class Item(BaseModel):
    name: str
    price: float


@app.get("/hello/{name}")
async def hello(name: str, times: int = 1):
    return {"message": " ".join([f"{app.state.greeting} {name}"] * times)}


@app.post("/items", status_code=201)
async def create(item: Item):
    return {"created": item.name, "price": item.price}


@app.get("/missing")
async def missing():
    raise HTTPException(status_code=404, detail="no such thing")


@app.get("/boom")
async def boom():
    raise ValueError("the endpoint failed")


async def request(raw):
    reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
    writer.write(raw)
    data = await reader.read()
    writer.close()
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode().split("\r\n")
    headers = [line for line in lines[1:] if not line.startswith("date:")]
    print("   ", lines[0], headers, body.decode())


def get(path):
    return request(f"GET {path} HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n".encode())


def post(path, body):
    return request(f"POST {path} HTTP/1.1\r\nHost: h\r\nConnection: close\r\n"
                   f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
                   f"{body}".encode())


async def main():
    config = uvicorn.Config(app, port=PORT, log_level="info", access_log=False)
    logging.getLogger("uvicorn.error").addHandler(ToStdout())
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.01)

    await get("/hello/ada?times=2")
    await get("/hello/ada?times=many")
    await post("/items", '{"name": "pen", "price": 1.5}')
    await post("/items", '{"name": "pen"}')
    await post("/items", '{"name": ')
    await get("/missing")
    await get("/nowhere")
    await get("/boom")
    await request(b"DELETE /items HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n")

    server.should_exit = True
    await task


asyncio.run(main())
