import asyncio
import time

import httpx
from fastapi import FastAPI
from pydantic import BaseModel

REQUESTS = 10_000
CONCURRENT = 50

app = FastAPI()


class Item(BaseModel):
    id: int
    name: str
    tags: list[str]


@app.get("/items/{item_id}", response_model=Item)
async def read_item(item_id: int, tag: str = "x"):
    return {"id": item_id, "name": f"item {item_id}", "tags": [tag, "bench"]}


async def main():
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
        total = 0
        for start in range(0, REQUESTS, CONCURRENT):
            responses = await asyncio.gather(*(
                client.get(f"/items/{i}", params={"tag": "t"})
                for i in range(start, start + CONCURRENT)))
            total += sum(r.json()["id"] for r in responses)
    print(total)


start = time.perf_counter()
asyncio.run(main())
print("#t", time.perf_counter() - start)
