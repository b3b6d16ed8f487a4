# What uvicorn does when an ASGI app misbehaves: it logs each case on "uvicorn.error" and
# answers 500 if no response was started, or closes the connection if one was.
import asyncio
import logging

import uvicorn

PORT = 8789


class ToStdout(logging.Handler):
    """uvicorn's error log, printed on stdout without the process id or traceback."""

    def emit(self, record):
        text = record.getMessage().rstrip()
        if text.startswith(("Started server process", "Finished server process")):
            text = text.split(" [")[0] + " [PID]"
        if record.exc_info:
            text += f" <{record.exc_info[0].__name__}: {record.exc_info[1]}>"
        print(f"  [{record.levelname}] {text}")


START = {"type": "http.response.start", "status": 200,
         "headers": [(b"content-type", b"text/plain")]}


async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    case = scope["path"]
    if case == "/raise":
        raise LookupError("nothing to look up")
    if case == "/no-response":
        return
    if case == "/half":
        await send(START)
        await send({"type": "http.response.body", "body": b"half", "more_body": True})
        return
    if case == "/raise-after-start":
        await send(START)
        await send({"type": "http.response.body", "body": b"partial", "more_body": True})
        raise RuntimeError("failed while streaming")
    if case == "/returns":
        await send(START)
        await send({"type": "http.response.body", "body": b"done"})
        return "a value"
    if case == "/body-first":
        await send({"type": "http.response.body", "body": b"oops"})
    if case == "/after-complete":
        await send(START)
        await send({"type": "http.response.body", "body": b"complete"})
        await send({"type": "http.response.body", "body": b"more"})
    if case == "/too-long":
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-length", b"3")]})
        await send({"type": "http.response.body", "body": b"four"})
    if case == "/too-short":
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-length", b"10")]})
        await send({"type": "http.response.body", "body": b"four"})
    if case == "/bad-header":
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"bad header", b"x")]})
    if case == "/unknown-status":
        await send({"type": "http.response.start", "status": 299, "headers": []})
        await send({"type": "http.response.body", "body": b"odd"})
    if case == "/no-content":
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})


async def get(path):
    reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
    writer.write(f"GET {path} HTTP/1.1\r\nHost: h\r\n\r\n".encode())
    data = b""
    while True:
        try:
            chunk = await asyncio.wait_for(reader.read(1000), 0.5)
        except asyncio.TimeoutError:
            data += b" <still open>"
            break
        if not chunk:
            data += b" <closed>"
            break
        data += chunk
    writer.close()
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode().split("\r\n")
    headers = [line for line in lines[1:] if not line.startswith("date:")]
    print("   ", lines[0], headers, body)


async def main():
    config = uvicorn.Config(app, port=PORT, log_level="info", access_log=False)
    logging.getLogger("uvicorn.error").addHandler(ToStdout())
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.01)

    for path in ["/raise", "/no-response", "/half", "/raise-after-start", "/returns",
                 "/body-first", "/after-complete", "/too-long", "/too-short", "/bad-header",
                 "/unknown-status", "/no-content"]:
        print(path)
        await get(path)

    server.should_exit = True
    await task


asyncio.run(main())
