# Responses other than JSON: StreamingResponse from async and sync generators (read as it
# arrives with client.stream), PlainTextResponse, HTMLResponse via response_class,
# RedirectResponse with its status codes, Response with bytes and a media type, and the
# content-type and content-length each one sends.
import asyncio

import httpx
from fastapi import FastAPI
from fastapi.responses import (HTMLResponse, PlainTextResponse, RedirectResponse, Response,
                               StreamingResponse)

app = FastAPI()


async def countdown(n):
    for i in range(n, 0, -1):
        await asyncio.sleep(0)
        yield f"{i}\n"
    yield "liftoff\n"


def csv_rows():
    yield "id,name\n"
    for i, name in enumerate(["ada", "bob"], 1):
        yield f"{i},{name}\n".encode()


@app.get("/countdown")
async def count(n: int = 3):
    return StreamingResponse(countdown(n), media_type="text/plain")


@app.get("/export.csv")
def export():
    return StreamingResponse(csv_rows(), media_type="text/csv",
                             headers={"Content-Disposition": "attachment; filename=users.csv"})


@app.get("/text", response_class=PlainTextResponse)
async def text():
    return "plain and simple"


@app.get("/hello/{name}", response_class=HTMLResponse)
async def hello(name: str):
    return f"<h1>Hello, {name}!</h1>"


@app.get("/html-direct")
async def html_direct():
    return HTMLResponse("<p>direct</p>", status_code=203)


@app.get("/go")
async def go(permanent: bool = False):
    if permanent:
        return RedirectResponse("/text", status_code=301)
    return RedirectResponse("/hello/redirected")


@app.get("/pixel")
async def pixel():
    return Response(content=b"\x89PNG\r\n", media_type="image/png")


@app.get("/go-class", response_class=RedirectResponse, status_code=302)
async def go_class():
    return "/text"


async def main():
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="http://test") as client:
        async with client.stream("GET", "/countdown?n=2") as r:
            chunks = [chunk async for chunk in r.aiter_text()]
            print(r.status_code, r.headers.get("content-type"), r.headers.get("content-length"), "".join(chunks).split())
        for path in ["/export.csv", "/text", "/hello/ada", "/html-direct", "/go", "/go?permanent=1",
                     "/pixel", "/go-class"]:
            r = await client.get(path)
            print(path, r.status_code, r.headers.get("content-type"), r.headers.get("content-length"),
                  r.headers.get("location"), r.headers.get("content-disposition"), repr(r.content))
        r = await client.get("/go", follow_redirects=True)
        print(r.status_code, r.url, r.text, [h.status_code for h in r.history])


asyncio.run(main())
