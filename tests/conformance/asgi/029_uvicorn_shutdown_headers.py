# Server options and shutdown: default headers of the program's own (`headers=`, which
# may replace `server: uvicorn`; `server_header=False`, `date_header=False`), a graceful
# shutdown that lets a request in flight finish and closes idle keep-alive connections,
# `limit_concurrency` (503 beyond it), and `timeout_graceful_shutdown`, after which
# uvicorn cancels what is still running.
import asyncio
import logging

import uvicorn

PORTS = iter(range(8830, 8840))  # a port per server: each listens on its own


class ToStdout(logging.Handler):
    """uvicorn's error log, printed on stdout without the process id or traceback."""

    def emit(self, record):
        text = record.getMessage().rstrip()
        if text.startswith(("Started server process", "Finished server process")):
            text = text.split(" [")[0] + " [PID]"
        if record.exc_info:
            text += f" <{record.exc_info[0].__name__}>"
        print(f"  [{record.levelname}] {text}")


async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    seconds = float(scope["query_string"].decode() or 0)
    print(f"  app: {scope['path']} starts")
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print(f"  app: {scope['path']} cancelled")
        raise
    print(f"  app: {scope['path']} answers")
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-length", b"4")]})
    await send({"type": "http.response.body", "body": b"done"})


async def start(**options):
    port = next(PORTS)
    config = uvicorn.Config(app, port=port, log_level="info", access_log=False, **options)
    logging.getLogger("uvicorn.error").addHandler(ToStdout())
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.01)
    return port, server, task


async def exchange(port, path, keep_open=False):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"GET {path} HTTP/1.1\r\nHost: h\r\n\r\n".encode())
    head = await reader.readuntil(b"\r\n\r\n")
    lines = [line for line in head.decode().split("\r\n") if line]
    lines = [("date: <now>" if line.startswith("date:") else line) for line in lines]
    body = await reader.read(4)
    print("  client:", lines, body)
    if keep_open:
        return reader, writer
    print("  client: then", await reader.read())
    writer.close()


async def main():
    print("headers of our own")
    port, server, task = await start(headers=[("X-Served-By", "edge-1"), ("Server", "mine")])
    await exchange(port, "/")
    print("  default headers:", server.server_state.default_headers[1:])
    server.should_exit = True
    await task

    print("no server or date header")
    port, server, task = await start(server_header=False, date_header=False)
    await exchange(port, "/")
    server.should_exit = True
    await task

    print("graceful shutdown")
    port, server, task = await start()
    idle, idle_writer = await exchange(port, "/idle", keep_open=True)
    slow = asyncio.create_task(exchange(port, "/slow?0.5"))
    await asyncio.sleep(0.2)
    print("  stopping with", len(server.server_state.connections), "connections open")
    server.should_exit = True
    await task
    await slow
    print("  the idle connection:", await idle.read())
    idle_writer.close()

    print("limit_concurrency=2")
    port, server, task = await start(limit_concurrency=2)
    first = asyncio.create_task(exchange(port, "/first?0.3"))
    await asyncio.sleep(0.1)
    await exchange(port, "/second")
    await first
    server.should_exit = True
    await task

    print("timeout_graceful_shutdown")
    port, server, task = await start(timeout_graceful_shutdown=1)
    stuck = asyncio.create_task(exchange(port, "/stuck?5"))
    await asyncio.sleep(0.2)
    server.should_exit = True
    await task
    await stuck


asyncio.run(main())
