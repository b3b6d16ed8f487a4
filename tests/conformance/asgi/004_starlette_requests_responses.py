# Starlette's Request (method, URL, headers, query parameters, cookies, client, body,
# JSON, state) and its responses (JSON, text, HTML, redirects, streamed bodies, cookies,
# headers, empty 204s), through httpx's ASGITransport.
import asyncio

import httpx
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import (HTMLResponse, JSONResponse, PlainTextResponse,
                                 RedirectResponse, Response, StreamingResponse)
from starlette.routing import Route


async def inspect_request(request: Request):
    body = await request.body()
    data = await request.json() if body else None
    request.state.seen = True
    return JSONResponse({
        "method": request.method,
        "url": str(request.url),
        "path": request.url.path,
        "query": str(request.query_params),
        "q": request.query_params.get("q"),
        "tags": request.query_params.getlist("tag"),
        "keys": list(request.query_params.keys()),
        "token": request.headers.get("x-token"),
        "header_names": [k for k in request.headers.keys() if k != "user-agent"],
        "cookies": request.cookies,
        "client": list(request.client),
        "body": body.decode(),
        "json": data,
        "state": request.state.seen,
        "base_url": str(request.base_url),
    })


async def kinds(request):
    kind = request.path_params["kind"]
    if kind == "json":
        return JSONResponse({"name": "Ada", "langs": ["py", "rs"], "score": 9.5, "ok": True,
                             "nothing": None, "accent": "é"}, status_code=201)
    if kind == "text":
        return PlainTextResponse("plain text\n", headers={"X-Kind": "text"})
    if kind == "html":
        return HTMLResponse("<h1>hi</h1>")
    if kind == "empty":
        return Response(status_code=204)
    if kind == "bytes":
        return Response(b"\x00\x01", media_type="application/octet-stream")
    if kind == "redirect":
        return RedirectResponse("/kinds/json?from=redirect", status_code=303)
    if kind == "cookie":
        response = PlainTextResponse("cookie set")
        response.set_cookie("session", "abc123", max_age=60, httponly=True)
        response.set_cookie("empty", "", path="/app", samesite="strict", secure=True)
        return response

    async def chunks():
        for i in range(3):
            await asyncio.sleep(0.01)
            yield f"chunk {i}\n"

    return StreamingResponse(chunks(), media_type="text/plain",
                             background=BackgroundTask(print, "streamed and done"))


app = Starlette(routes=[
    Route("/inspect/{rest:path}", inspect_request, methods=["GET", "POST"]),
    Route("/kinds/{kind}", kinds),
])


async def main():
    transport = httpx.ASGITransport(app=app, client=("10.0.0.7", 5151))
    async with httpx.AsyncClient(transport=transport, base_url="http://example.org") as c:
        r = await c.post("/inspect/a/b?q=1&tag=x&tag=y&empty=", json={"n": [1, 2]},
                         headers={"X-Token": "t0k", "Cookie": "theme=dark; lang=en"})
        for key, value in r.json().items():
            print(f"{key}: {value!r}")
        r = await c.get("/inspect/")
        print(r.json()["body"], r.json()["json"], r.json()["keys"])
        for kind in ["json", "text", "html", "empty", "bytes", "redirect", "cookie", "stream"]:
            r = await c.get(f"/kinds/{kind}")
            headers = {k: v for k, v in r.headers.items()}
            print(kind, r.status_code, headers, r.content)
        r = await c.get("/kinds/redirect", follow_redirects=True)
        print(r.status_code, r.url)


asyncio.run(main())
