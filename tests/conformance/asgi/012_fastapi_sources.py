# Where FastAPI reads each parameter: several body models (embedded by name), Body(embed=True),
# headers with underscores, repeated headers and query values, cookies, aliases and
# constraints declared with Annotated, plain dict bodies; and the errors for each.
import asyncio
from typing import Optional, Annotated
import httpx
from fastapi import FastAPI, Depends, Query, Header, Cookie, Body
from pydantic import BaseModel
app = FastAPI()
class A(BaseModel):
    x: int
class B(BaseModel):
    y: str
@app.post("/two")
async def two(a: A, b: B, n: int = Body(...)):
    return {"a": a, "b": b, "n": n}
@app.post("/embed")
async def embed(a: A = Body(embed=True)):
    return a
@app.get("/h")
async def h(user_agent: str = Header(), x_list: Annotated[list[str], Header()] = [], session: Optional[str] = Cookie(None), q: Annotated[str, Query(min_length=3, alias="query")] = "abc"):
    return {"ua": user_agent[:6], "x": x_list, "s": session, "q": q}
@app.get("/req")
async def req(q: str, items: list[int] = Query()):
    return [q, items]
@app.post("/raw")
async def raw(payload: dict):
    return payload
async def main():
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as c:
        for m, p, kw in [("POST", "/two", {"json": {"a": {"x": "1"}, "b": {"y": "s"}, "n": 5}}), ("POST", "/two", {"json": {"a": {}, "n": "z"}}),
                         ("POST", "/embed", {"json": {"a": {"x": 2}}}), ("POST", "/embed", {"json": {"x": 2}}),
                         ("GET", "/h?query=ab", {"headers": {"x-list": "1", "cookie": "session=s1"}}), ("GET", "/h", {}),
                         ("GET", "/req", {}), ("GET", "/req?q=1&items=1&items=x", {}),
                         ("POST", "/raw", {"json": {"k": [1]}}), ("POST", "/raw", {"json": [1]}), ("POST", "/raw", {}),]:
            r = await c.request(m, p, **kw)
            print(m, p, r.status_code, r.text)
asyncio.run(main())
