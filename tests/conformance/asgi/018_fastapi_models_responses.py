# FastAPI's models and responses: enum path parameters, nested body models and lists of
# them, response_model_exclude_unset / exclude_none, 204 without a body, returned
# dataclasses, dates, UUIDs and decimals in JSON, a dependency class, use_cache=False,
# response_class, and the constraint errors of Path and Query.
import asyncio
import dataclasses
import datetime
import decimal
import enum
import uuid
from typing import Annotated, Optional

import httpx
from fastapi import Depends, FastAPI, Path, Query, status
from fastapi.responses import HTMLResponse, PlainTextResponse
from pydantic import BaseModel

app = FastAPI()


class ModelName(str, enum.Enum):
    alexnet = "alexnet"
    resnet = "resnet"
    lenet = "lenet"


class Image(BaseModel):
    url: str
    name: str


class Item(BaseModel):
    name: str
    description: Optional[str] = None
    price: float
    tax: Optional[float] = None
    tags: set[str] = set()
    images: Optional[list[Image]] = None


@dataclasses.dataclass
class Point:
    x: int
    y: int


class CommonQuery:
    def __init__(self, q: Optional[str] = None, skip: int = 0, limit: int = 100):
        self.q = q
        self.skip = skip
        self.limit = limit


calls = []


def counted():
    calls.append("counted")
    return len(calls)


@app.get("/models/{model_name}")
async def get_model(model_name: ModelName):
    if model_name is ModelName.alexnet:
        return {"model_name": model_name, "message": "Deep Learning FTW!"}
    return {"model_name": model_name, "value": model_name.value}


@app.post("/items/", response_model=Item, response_model_exclude_unset=True)
async def create_item(item: Item):
    return item


@app.put("/items/{item_id}", response_model_exclude_none=True)
async def update_item(item_id: Annotated[int, Path(gt=0, le=1000)], item: Item,
                      q: Annotated[Optional[str], Query(max_length=5)] = None):
    return {"item_id": item_id, "q": q, **item.model_dump()}


@app.delete("/items/{item_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_item(item_id: int):
    return None


@app.get("/point")
async def point():
    return Point(3, 4)


@app.get("/values")
async def values():
    return {"when": datetime.datetime(2024, 5, 17, 9, 30), "day": datetime.date(2024, 5, 17),
            "id": uuid.UUID(int=255), "price": decimal.Decimal("9.50"),
            "count": decimal.Decimal("3"), "span": datetime.timedelta(minutes=90)}


@app.get("/common")
async def common(commons: Annotated[CommonQuery, Depends()],
                 a: Annotated[int, Depends(counted)], b: Annotated[int, Depends(counted)],
                 c: Annotated[int, Depends(counted, use_cache=False)]):
    return {"q": commons.q, "skip": commons.skip, "limit": commons.limit, "abc": [a, b, c]}


@app.get("/text", response_class=PlainTextResponse)
async def text():
    return "just text"


@app.get("/page", response_class=HTMLResponse)
async def page():
    return "<p>hello</p>"


async def main():
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="http://test") as client:
        for method, path, kwargs in [
            ("GET", "/models/alexnet", {}), ("GET", "/models/lenet", {}),
            ("GET", "/models/vgg", {}),
            ("POST", "/items/", {"json": {"name": "Foo", "price": 3.5,
                                          "images": [{"url": "http://x/a.png", "name": "a"}]}}),
            ("POST", "/items/", {"json": {"name": "Foo", "price": 3.5, "tags": ["a", "a"],
                                          "images": [{"url": "u"}]}}),
            ("PUT", "/items/5?q=abc", {"json": {"name": "Bar", "price": 1}}),
            ("PUT", "/items/0?q=toolong", {"json": {"name": "Bar", "price": 1}}),
            ("PUT", "/items/5000", {"json": {"name": "Bar", "price": "free"}}),
            ("DELETE", "/items/3", {}),
            ("GET", "/point", {}), ("GET", "/values", {}),
            ("GET", "/common?q=x&limit=5", {}), ("GET", "/common?skip=no", {}),
            ("GET", "/text", {}), ("GET", "/page", {}),
        ]:
            r = await client.request(method, path, **kwargs)
            print(method, path, r.status_code, r.headers.get("content-type"),
                  r.headers.get("content-length"), r.text)


asyncio.run(main())
