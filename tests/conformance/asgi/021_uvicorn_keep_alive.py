# uvicorn's connections: two requests on one keep-alive connection (each its own task),
# pipelined requests sent in one write, `Connection: close`, a streamed response sent
# chunked to an HTTP/1.1 client and until close to an HTTP/1.0 one, and the
# `Expect: 100-continue` handshake before the app reads the body.
import asyncio
import logging

import uvicorn

PORT = 8786


class ToStdout(logging.Handler):
    """uvicorn's error log, printed on stdout without the process id."""

    def emit(self, record):
        text = record.getMessage().rstrip()
        if text.startswith(("Started server process", "Finished server process")):
            text = text.split(" [")[0] + " [PID]"
        print(f"  [{record.levelname}] {text}")


async def read_response(reader, head_only=False):
    """One response: its status line, its headers (Date's value hidden) and its body."""
    head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1")
    lines = head.split("\r\n")[:-2]
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(": ")
        headers[name] = "<now>" if name.lower() == "date" else value
    fields = {name.lower(): value for name, value in headers.items()}
    if head_only or lines[0].startswith("HTTP/1.1 1"):
        body = b""
    elif "content-length" in fields:
        body = await reader.readexactly(int(fields["content-length"]))
    elif fields.get("transfer-encoding") == "chunked":
        body = b""
        while True:
            size_line = await reader.readuntil(b"\r\n")
            body += size_line
            size = int(size_line.strip(), 16)
            body += await reader.readexactly(size + 2)
            if size == 0:
                break
    else:
        body = await reader.read()
    print("   ", lines[0], headers, body)


tasks_seen = []


async def app(scope, receive, send):
    if scope["type"] == "lifespan":
        message = await receive()
        await send({"type": "lifespan.startup.complete"})
        message = await receive()
        await send({"type": "lifespan.shutdown.complete"})
        return
    tasks_seen.append(asyncio.current_task())
    path = scope["path"]
    body = b""
    more = True
    while more:
        message = await receive()
        body += message["body"]
        more = message["more_body"]
    if path == "/stream":
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"text/plain")]})
        for part in (b"one ", b"", b"two ", b"three"):
            await send({"type": "http.response.body", "body": part, "more_body": True})
        await send({"type": "http.response.body", "body": b""})
        return
    answer = b"%s %s (%d bytes)" % (scope["method"].encode(), path.encode(), len(body))
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-length", str(len(answer)).encode())]})
    await send({"type": "http.response.body", "body": answer})


async def main():
    config = uvicorn.Config(app, port=PORT, log_level="info", access_log=False)
    logging.getLogger("uvicorn.error").addHandler(ToStdout())
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.01)

    print("two requests, one connection")
    reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
    writer.write(b"GET /first HTTP/1.1\r\nHost: h\r\n\r\n")
    await read_response(reader)
    writer.write(b"POST /second HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabc")
    await read_response(reader)
    print("  open connections:", len(server.server_state.connections))
    print("then Connection: close")
    writer.write(b"GET /third HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n")
    await read_response(reader)
    print("  then the server closes:", await reader.read())
    writer.close()

    print("pipelined")
    reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
    writer.write(b"GET /p1 HTTP/1.1\r\nHost: h\r\n\r\nGET /p2 HTTP/1.1\r\nHost: h\r\n\r\n"
                 b"HEAD /p3 HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n")
    await read_response(reader)
    await read_response(reader)
    await read_response(reader, head_only=True)
    print("  then:", await reader.read())
    writer.close()

    print("streamed to HTTP/1.1")
    reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
    writer.write(b"GET /stream HTTP/1.1\r\nHost: h\r\n\r\n")
    await read_response(reader)
    print("streamed, HEAD")
    writer.write(b"HEAD /stream HTTP/1.1\r\nHost: h\r\n\r\n")
    await read_response(reader, head_only=True)
    writer.close()

    print("streamed to HTTP/1.0")
    reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
    writer.write(b"GET /stream HTTP/1.0\r\n\r\n")
    await read_response(reader)
    writer.close()

    print("HTTP/1.0 asking for keep-alive")
    reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
    writer.write(b"GET /old HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
    await read_response(reader)
    print("  then:", await reader.read())
    writer.close()

    print("Expect: 100-continue")
    reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
    writer.write(b"PUT /upload HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n"
                 b"Expect: 100-continue\r\n\r\n")
    await read_response(reader)
    writer.write(b"hello")
    await read_response(reader)
    writer.close()

    await asyncio.sleep(0.05)
    server.should_exit = True
    await task
    print("requests:", server.server_state.total_requests, "in",
          len(set(tasks_seen)), "tasks")


asyncio.run(main())
