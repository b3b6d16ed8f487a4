# FastAPI served by uvicorn, hit by five requests at once. This endpoint is an
# `async def` that calls a blocking function (a synchronous database driver, played by
# time.sleep): it runs on the event loop itself, so while it sleeps nothing else runs,
# and the five requests are handled one after another. Compare it with the same
# endpoint written as a plain `def`, or awaiting an async driver.
import asyncio
import time

import httpx
import uvicorn
from fastapi import FastAPI

DELAY = 0.5  # seconds one query takes
app = FastAPI()


def blocking_query():
    time.sleep(DELAY)  # blocks the whole event loop
    return {"rows": 3}


@app.get("/report")
async def report():
    return blocking_query()


async def main():
    server = uvicorn.Server(uvicorn.Config(app, port=8000, log_level="warning"))
    serving = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.01)
    async with httpx.AsyncClient(base_url="http://127.0.0.1:8000") as client:
        began = time.perf_counter()
        responses = await asyncio.gather(*(client.get("/report") for _ in range(5)))
        took = time.perf_counter() - began
    print("statuses:", [r.status_code for r in responses])
    # A real server's clock: how long a request took varies a little from run to run.
    together = took < 3 * DELAY
    print("the 5 requests were served", "at the same time" if together else "one after another")
    server.should_exit = True
    await serving


asyncio.run(main())
