# uvicorn serving a plain ASGI function over HTTP/1.1: the scope it builds (path
# decoded, raw_path and query string as sent, headers lower-cased), request bodies with
# Content-Length and chunked, HTTP/1.0, HEAD, X-Forwarded-* from a trusted proxy, and the
# 400 it answers to requests it cannot parse. The app has no lifespan support, which
# uvicorn's "auto" lifespan notices.
import asyncio
import logging

import uvicorn

PORT = 8785


class ToStdout(logging.Handler):
    """uvicorn's error log, printed on stdout without the process id."""

    def emit(self, record):
        text = record.getMessage().rstrip()
        if text.startswith(("Started server process", "Finished server process")):
            text = text.split(" [")[0] + " [PID]"
        print(f"  [{record.levelname}] {text}")


def show(raw):
    """A response as it came over the wire, without the Date header's value."""
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    lines = [line if not line.lower().startswith("date:") else "date: <now>" for line in lines]
    print("   ", " | ".join(lines), "||", body)


async def fetch(raw):
    """Sends `raw` on a new connection; what came back until the server closed it."""
    reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
    writer.write(raw)
    data = await reader.read()
    writer.close()
    return data


async def app(scope, receive, send):
    assert scope["type"] == "http", "only HTTP here"
    body = b""
    more = True
    while more:
        message = await receive()
        body += message["body"]
        more = message["more_body"]
    print("  scope:", {key: scope[key] for key in ("http_version", "method", "scheme", "path",
                                                    "raw_path", "query_string", "root_path")})
    print("  asgi:", scope["asgi"], "state:", scope["state"])
    client = scope["client"] if scope["client"][0] != "127.0.0.1" else ("127.0.0.1", "PORT")
    print("  server:", scope["server"], "client:", client)
    print("  headers:", scope["headers"])
    answer = b"got %d bytes: %s" % (len(body), body)
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"text/plain"),
                            (b"content-length", str(len(answer)).encode())]})
    await send({"type": "http.response.body", "body": answer})


async def main():
    config = uvicorn.Config(app, port=PORT, log_level="info", access_log=False)
    logging.getLogger("uvicorn.error").addHandler(ToStdout())
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.01)

    print("GET with a query")
    show(await fetch(b"GET /items/a%20b/%C3%A9?x=1&y=two HTTP/1.1\r\nHost: example.com\r\n"
                     b"X-Custom:  spaced value \r\nConnection: close\r\n\r\n"))
    print("POST with Content-Length")
    show(await fetch(b"POST /form HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n"
                     b"Content-Type: text/plain\r\nConnection: close\r\n\r\nhello world"))
    print("POST chunked")
    show(await fetch(b"POST /upload HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n"
                     b"Connection: close\r\n\r\n5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\n\r\n"))
    print("through a proxy (127.0.0.1 is trusted by default)")
    show(await fetch(b"GET /proxied HTTP/1.1\r\nHost: h\r\nX-Forwarded-Proto: https\r\n"
                     b"X-Forwarded-For: 203.0.113.7:4000, 10.1.1.1\r\nConnection: close\r\n\r\n"))
    print("HTTP/1.0 without Host")
    show(await fetch(b"GET /old HTTP/1.0\r\n\r\n"))
    print("HEAD")
    show(await fetch(b"HEAD /head HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"))
    print("garbage")
    show(await fetch(b"this is not http\r\n\r\n"))
    print("HTTP/1.1 without Host")
    show(await fetch(b"GET / HTTP/1.1\r\nConnection: close\r\n\r\n"))
    print("unsupported Transfer-Encoding")
    show(await fetch(b"POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip\r\n\r\n"))
    print("space before a header's colon")
    show(await fetch(b"GET / HTTP/1.1\r\nHost : h\r\n\r\n"))
    print("conflicting Content-Length")
    show(await fetch(b"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\n"
                     b"Content-Length: 2\r\n\r\nab"))

    server.should_exit = True
    await task
    print("served:", server.server_state.total_requests, "requests")


asyncio.run(main())
