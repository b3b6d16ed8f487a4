# Query parameters with the shapes tutorials use: Optional values, required ones, lists
# of strings and ints (`Query([])`, repeated keys), aliases, bools spelled many ways,
# constraints (min/max length, pattern, ge/le) and the 422 bodies they produce.
import asyncio
from typing import Annotated, Optional, Union

import httpx
from fastapi import FastAPI, Query

app = FastAPI()


@app.get("/search")
async def search(q: Optional[str] = None, page: int = 1, size: Annotated[int, Query(ge=1, le=50)] = 10):
    return {"q": q, "page": page, "size": size}


@app.get("/tags")
async def tags(tag: list[str] = Query([]), ids: Annotated[Union[list[int], None], Query()] = None):
    return {"tag": tag, "ids": ids}


@app.get("/required")
async def required(needle: str, count: int):
    return {"needle": needle, "count": count}


@app.get("/alias")
async def alias(item_query: Annotated[Optional[str], Query(alias="item-query")] = None):
    return {"item_query": item_query}


@app.get("/bool")
async def boolean(flag: bool = False):
    return {"flag": flag}


@app.get("/code")
async def code(c: Annotated[str, Query(min_length=2, max_length=4, pattern="^[a-z]+$")] = "ab"):
    return {"c": c}


async def main():
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="http://test") as client:
        for path in ["/search", "/search?q=fast&page=2", "/search?q=", "/search?size=0",
                     "/search?size=51&page=x", "/search?unknown=1",
                     "/tags", "/tags?tag=a&tag=b&tag=a", "/tags?ids=1&ids=2", "/tags?ids=1&ids=two",
                     "/tags?tag=", "/required", "/required?needle=x", "/required?needle=x&count=3",
                     "/alias?item-query=hello", "/alias?item_query=hello",
                     "/bool?flag=1", "/bool?flag=True", "/bool?flag=on", "/bool?flag=no",
                     "/bool?flag=OFF", "/bool?flag=2", "/bool?flag=",
                     "/code?c=abc", "/code?c=a", "/code?c=abcde", "/code?c=AB1"]:
            r = await client.get(path)
            print(path, r.status_code, r.text)
        r = await client.get("/tags", params={"tag": ["x", "y z"], "ids": [5]})
        print(r.url, r.status_code, r.json())


asyncio.run(main())
