# A request body, a path parameter and query parameters in one operation, as a CRUD
# tutorial's PUT and PATCH do: which value comes from where, partial updates with
# `model_dump(exclude_unset=True)` and `model_copy(update=...)`, and the errors from all
# three sources reported together in one 422.
import asyncio
from typing import Optional

import httpx
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    price: float
    description: Optional[str] = None
    tags: list[str] = []


class ItemUpdate(BaseModel):
    name: Optional[str] = None
    price: Optional[float] = None
    description: Optional[str] = None


store = {1: Item(name="kettle", price=25.0, tags=["kitchen"])}


@app.put("/items/{item_id}")
async def replace(item_id: int, item: Item, notify: bool = False, reason: Optional[str] = None):
    existed = item_id in store
    store[item_id] = item
    return {"item_id": item_id, "existed": existed, "notify": notify, "reason": reason,
            "item": item}


@app.patch("/items/{item_id}")
def patch(item_id: int, update: ItemUpdate, dry_run: bool = False):
    if item_id not in store:
        raise HTTPException(status_code=404, detail=f"no item {item_id}")
    changes = update.model_dump(exclude_unset=True)
    new = store[item_id].model_copy(update=changes)
    if not dry_run:
        store[item_id] = new
    return {"changes": changes, "item": new}


@app.get("/items/{item_id}")
async def read(item_id: int):
    return store.get(item_id)


async def main():
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="http://test") as client:
        for method, path, body in [
            ("PUT", "/items/2?notify=true&reason=new", {"name": "mug", "price": "4.5"}),
            ("PUT", "/items/1", {"name": "kettle", "price": 30, "tags": ["kitchen", "sale"]}),
            ("PATCH", "/items/1", {"price": 27.5}),
            ("PATCH", "/items/1?dry_run=1", {"name": "big kettle", "description": None}),
            ("GET", "/items/1", None),
            ("PATCH", "/items/9", {"price": 1}),
            ("PATCH", "/items/1", {"price": "cheap"}),
            ("PUT", "/items/x?notify=perhaps", {"price": "cheap", "tags": "one"}),
            ("PUT", "/items/3", None),
            ("GET", "/items/404", None),
        ]:
            kwargs = {} if body is None else {"json": body}
            r = await client.request(method, path, **kwargs)
            print(method, path, r.status_code, r.text)


asyncio.run(main())
