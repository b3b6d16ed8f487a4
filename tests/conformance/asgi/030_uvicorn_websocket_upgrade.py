# A WebSocket handshake to uvicorn without a WebSocket library (as in uvicorn's default
# install): it warns that the upgrade is unsupported and hands the request to the app as
# plain HTTP, which answers it as such; so does every other Upgrade request.
import asyncio
import logging

import uvicorn
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route

PORT = 8840


class ToStdout(logging.Handler):
    """uvicorn's error log, printed on stdout without the process id."""

    def emit(self, record):
        text = record.getMessage().rstrip()
        if text.startswith(("Started server process", "Finished server process")):
            text = text.split(" [")[0] + " [PID]"
        print(f"  [{record.levelname}] {text}")


async def home(request):
    return PlainTextResponse(f"plain HTTP, upgrade={request.headers.get('upgrade')}")


app = Starlette(routes=[Route("/", home)])


async def send(raw):
    reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
    writer.write(raw)
    data = await reader.read()
    writer.close()
    head, _, body = data.partition(b"\r\n\r\n")
    lines = [line for line in head.decode().split("\r\n") if not line.startswith("date:")]
    print("   ", lines, body)


HANDSHAKE = ("Host: h\r\nConnection: Upgrade, close\r\nUpgrade: websocket\r\n"
             "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n")


async def main():
    config = uvicorn.Config(app, port=PORT, log_level="info", access_log=False)
    logging.getLogger("uvicorn.error").addHandler(ToStdout())
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.01)

    print("WebSocket handshake to /ws")
    await send(f"GET /ws HTTP/1.1\r\n{HANDSHAKE}\r\n".encode())
    print("WebSocket handshake to /")
    await send(f"GET / HTTP/1.1\r\n{HANDSHAKE}\r\n".encode())
    print("a second Connection header, which is the one uvicorn reads")
    await send(f"GET / HTTP/1.1\r\n{HANDSHAKE}Connection: close\r\n\r\n".encode())
    print("Upgrade: h2c")
    await send(b"GET / HTTP/1.1\r\nHost: h\r\nConnection: Upgrade, HTTP2-Settings, close\r\n"
               b"Upgrade: h2c\r\nHTTP2-Settings: AAMAAABkAAQAAP__\r\n\r\n")
    print("Upgrade header without Connection: Upgrade")
    await send(b"GET / HTTP/1.1\r\nHost: h\r\nUpgrade: websocket\r\nConnection: close\r\n\r\n")

    server.should_exit = True
    await task


asyncio.run(main())
