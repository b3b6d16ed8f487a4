# What an ASGI app's failures look like through ASGITransport: an exception reaches the
# caller, unless raise_app_exceptions=False turns it into a 500; a 404 and a streamed
# JSON answer are just responses.
import asyncio
import json

import httpx


async def app(scope, receive, send):
    path = scope["path"]
    if path == "/boom":
        raise RuntimeError("the app failed")
    if path == "/half":
        await send({"type": "http.response.start", "status": 200, "headers": []})
        raise ValueError("failed after starting the response")
    if path == "/json":
        payload = json.dumps({"users": [1, 2, 3], "path": path}).encode()
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(payload)).encode())]})
        await send({"type": "http.response.body", "body": payload})
        return
    await send({"type": "http.response.start", "status": 404,
                "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": b'{"detail":"Not Found"}'})


async def main():
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="http://testserver") as client:
        r = await client.get("/json")
        print(r.status_code, r.json(), r.headers["content-length"])
        r = await client.get("/missing")
        print(r.status_code, r.json(), r.is_success, r.is_error)
        try:
            r.raise_for_status()
        except httpx.HTTPStatusError as e:
            print("HTTPStatusError:", e.response.status_code)
        for path in ["/boom", "/half"]:
            try:
                await client.get(path)
            except Exception as e:
                print(type(e).__name__, e)

    quiet = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=quiet, base_url="http://testserver") as client:
        for path in ["/boom", "/half"]:
            r = await client.get(path)
            print(path, r.status_code, r.headers, r.content)

    async def handler(request):
        return httpx.Response(418, json={"method": request.method, "url": str(request.url)})

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
        r = await client.delete("http://mock/thing?x=1")
        print(r.status_code, r.reason_phrase, r.json())

    with httpx.Client(transport=httpx.MockTransport(
            lambda request: httpx.Response(200, text=f"sync {request.url.path}"))) as client:
        r = client.get("http://mock/sync")
        print(r.status_code, r.text)


asyncio.run(main())
