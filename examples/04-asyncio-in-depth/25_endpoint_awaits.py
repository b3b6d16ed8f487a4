# FastAPI served by uvicorn, hit by five requests at once. This endpoint is an
# `async def` that awaits an async driver (played by asyncio.sleep): while one request
# waits, the event loop serves the others, so the five overlap on one thread.
import asyncio
import time

import httpx
import uvicorn
from fastapi import FastAPI

DELAY = 0.5  # seconds one query takes
app = FastAPI()


async def async_query():
    await asyncio.sleep(DELAY)  # hands the loop to other requests
    return {"rows": 3}


@app.get("/report")
async def report():
    return await async_query()


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
