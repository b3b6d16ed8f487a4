# Three kinds of FastAPI endpoint, each hit by three requests at once. A plain `def`
# endpoint runs in FastAPI's thread pool, so blocking there is fine; an `async def`
# endpoint that blocks freezes the event loop and the requests queue up; a truly
# async one overlaps them. The app is real FastAPI; httpx's ASGITransport sends the
# requests straight to it, with no server in between.
import asyncio
import time

import httpx
from fastapi import FastAPI

app = FastAPI()


def blocking_database_call():
    time.sleep(0.5)  # a synchronous driver
    return {"rows": 3}


async def async_database_call():
    await asyncio.sleep(0.5)  # an async driver
    return {"rows": 3}


@app.get("/sync")
def sync_endpoint():  # good: FastAPI runs it in the thread pool
    return blocking_database_call()


@app.get("/broken")
async def broken_endpoint():  # bad: blocks the event loop
    return blocking_database_call()


@app.get("/async")
async def async_endpoint():  # good: awaits without blocking
    return await async_database_call()


async def main():
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://api") as client:
        for path in ["/sync", "/broken", "/async"]:
            began = time.perf_counter()
            responses = await asyncio.gather(*(client.get(path) for _ in range(3)))
            took = time.perf_counter() - began
            codes = [r.status_code for r in responses]
            print(f"GET {path}: 3 requests at once took {took:.1f}s {codes}")


asyncio.run(main())
