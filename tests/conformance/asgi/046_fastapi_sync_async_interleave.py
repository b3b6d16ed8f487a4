# Sync `def` and `async def` endpoints answering concurrent requests from one
# asyncio.gather: the async ones interleave on the loop, the sync one runs in a worker
# thread while they do, so the order in which they finish follows how long each takes,
# not the order they were sent; a sync dependency runs in a thread too.
import asyncio
import threading
import time

import httpx
from fastapi import Depends, FastAPI

app = FastAPI()
finished = []


def on_worker():
    return threading.current_thread() is not threading.main_thread()


def sync_dep():
    return {"dep_on_worker": on_worker()}


@app.get("/async/{name}")
async def async_view(name: str, delay: float):
    await asyncio.sleep(delay)
    finished.append(f"async {name}")
    return {"name": name, "on_worker": on_worker()}


@app.get("/sync/{name}")
def sync_view(name: str, delay: float, dep: dict = Depends(sync_dep)):
    time.sleep(delay)
    finished.append(f"sync {name}")
    return {"name": name, "on_worker": on_worker(), **dep}


@app.get("/async-dep")
async def async_with_sync_dep(dep: dict = Depends(sync_dep)):
    return {"on_worker": on_worker(), **dep}


async def main():
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="http://test") as client:
        responses = await asyncio.gather(
            client.get("/sync/slow?delay=0.6"),
            client.get("/async/a?delay=0.2"),
            client.get("/sync/quick?delay=0.1"),
            client.get("/async/b?delay=0.4"),
        )
        for r in responses:
            print(r.status_code, r.json())
        print("finished:", finished)
        r = await client.get("/async-dep")
        print(r.json())


asyncio.run(main())
