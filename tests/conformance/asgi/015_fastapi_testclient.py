# FastAPI's TestClient as FastAPI's docs test apps: synchronous calls, the lifespan run by
# `with TestClient(app)`, redirects followed, the default headers, server exceptions raised.
from contextlib import asynccontextmanager

from fastapi import FastAPI, HTTPException, Request
from fastapi.testclient import TestClient
from pydantic import BaseModel


@asynccontextmanager
async def lifespan(app):
    print("startup")
    app.state.items = {"foo": {"name": "Foo"}}
    yield {"counter": 0}
    print("shutdown")


app = FastAPI(lifespan=lifespan)


class Item(BaseModel):
    name: str
    price: float = 0.0


@app.get("/items/{item_id}")
async def read_item(item_id: str, request: Request):
    if item_id not in request.app.state.items:
        raise HTTPException(status_code=404, detail="Item not found")
    return request.app.state.items[item_id]


@app.post("/items/{item_id}", status_code=201)
def create_item(item_id: str, item: Item, request: Request):
    request.app.state.items[item_id] = item.model_dump()
    return {"id": item_id, **item.model_dump()}


@app.get("/whoami")
async def whoami(request: Request):
    return {"client": request.client.host, "ua": request.headers["user-agent"],
            "host": request.headers["host"], "url": str(request.url)}


@app.get("/old")
async def old():
    from fastapi.responses import RedirectResponse
    return RedirectResponse("/whoami")


@app.get("/boom")
async def boom():
    raise ValueError("exploded")


with TestClient(app) as client:
    r = client.get("/items/foo")
    print(r.status_code, r.json())
    r = client.get("/items/bar")
    print(r.status_code, r.json())
    r = client.post("/items/bar", json={"name": "Bar", "price": "3.5"})
    print(r.status_code, r.json())
    print(client.get("/items/bar").json())
    print(client.post("/items/baz", json={"price": 1}).json())
    print(client.get("/whoami").json())
    r = client.get("/old")
    print(r.status_code, r.url, [h.status_code for h in r.history])
    try:
        client.get("/boom")
    except ValueError as e:
        print("raised", repr(e))

plain = TestClient(app, raise_server_exceptions=False)
r = plain.get("/boom")
print(r.status_code, r.text)
