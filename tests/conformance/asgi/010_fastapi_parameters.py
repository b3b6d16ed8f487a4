# FastAPI path operations: path and query parameters converted from their annotations,
# dependencies, request bodies as pydantic models, response_model filtering, status codes,
# HTTPException with headers, and the 422 answer that lists every invalid value.
import asyncio
from typing import Optional
import httpx
from fastapi import FastAPI, HTTPException, Depends, Query, Path, Header, status
from pydantic import BaseModel

app = FastAPI(title="demo")

class Item(BaseModel):
    name: str
    price: float
    tags: list[str] = []

class ItemOut(BaseModel):
    name: str
    price: float

items = {}

async def common(q: Optional[str] = None, limit: int = 10):
    return {"q": q, "limit": limit}

@app.get("/")
async def root():
    return {"message": "hello"}

@app.get("/users/{user_id}")
async def get_user(user_id: int, verbose: bool = False, params: dict = Depends(common)):
    return {"user_id": user_id, "verbose": verbose, "params": params}

@app.post("/items/{item_id}", status_code=status.HTTP_201_CREATED, response_model=ItemOut)
def create(item_id: int, item: Item, x_token: Optional[str] = Header(None)):
    if item_id in items:
        raise HTTPException(status_code=409, detail="exists")
    items[item_id] = item
    return item

@app.get("/items/{item_id}")
async def read(item_id: int = Path(ge=1), fields: list[str] = Query([])):
    if item_id not in items:
        raise HTTPException(404, detail=f"Item {item_id} not found", headers={"X-Error": "1"})
    return {"item": items[item_id], "fields": fields}

async def main():
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as c:
        for m, p, kw in [("GET", "/", {}), ("GET", "/users/3?verbose=yes&q=hi", {}), ("GET", "/users/abc?limit=x", {}),
                         ("POST", "/items/1", {"json": {"name": "pen", "price": "1.5", "tags": ["a"]}, "headers": {"x-token": "t"}}),
                         ("POST", "/items/1", {"json": {"name": "pen", "price": 2}}),
                         ("POST", "/items/2", {"json": {"name": "pen"}}), ("POST", "/items/2", {"content": b"not json", "headers": {"content-type": "application/json"}}),
                         ("GET", "/items/1?fields=a&fields=b", {}), ("GET", "/items/0", {}), ("GET", "/items/5", {}),
                         ("DELETE", "/", {}), ("GET", "/nope", {})]:
            r = await c.request(m, p, **kw)
            print(m, p, r.status_code, r.text, r.headers.get("x-error"))
asyncio.run(main())
