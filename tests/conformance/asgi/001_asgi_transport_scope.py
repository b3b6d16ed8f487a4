# An ASGI application answers httpx's AsyncClient through ASGITransport: no server, no
# network. The app sees the scope a server would give it, the body in http.request
# messages, and answers with http.response.start and http.response.body.
import asyncio
import json

import httpx


async def app(scope, receive, send):
    assert scope["type"] == "http"
    body = b""
    messages = []
    while True:
        message = await receive()
        messages.append((message["type"], message.get("more_body")))
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    seen = {key: value for key, value in scope.items() if key != "headers"}
    seen["headers"] = scope["headers"]
    seen["body"] = body
    seen["messages"] = messages
    text = repr(sorted(seen.items())).encode()
    await send({"type": "http.response.start", "status": 201,
                "headers": [(b"content-type", b"text/plain"), (b"x-app", b"echo")]})
    await send({"type": "http.response.body", "body": text[:20], "more_body": True})
    await send({"type": "http.response.body", "body": text[20:]})


async def main():
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        r = await client.post("/items/a%20b?q=1&tag=x%20y", json={"name": "Ada"},
                              headers={"X-Token": "secret"})
        print(r.status_code, r.reason_phrase, r.http_version)
        print(r.headers["content-type"], r.headers["x-app"], len(r.content))
        for key, value in eval(r.text):
            if key == "headers":
                for name, v in value:
                    if name != b"user-agent":
                        print("   header", name, v)
            else:
                print("  ", key, value)
        print(r.request.method, r.request.url, r.url)

        r = await client.get("https://api.example.com:8443/health")
        seen = dict(eval(r.text))
        print(seen["scheme"], seen["server"], seen["client"], seen["path"], seen["query_string"])
        print(seen["messages"], seen["body"])

        r = await client.head("/anything")
        print(r.status_code, r.content, r.headers["x-app"])


asyncio.run(main())
