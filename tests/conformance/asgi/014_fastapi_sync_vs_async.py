# The lesson of FastAPI's concurrency: a blocking call inside `async def` holds the event
# loop, so concurrent requests queue one behind another; a `def` endpoint runs in the
# thread pool, so they overlap; a truly asynchronous endpoint overlaps on the loop. The
# app's lifespan opens and closes its resources around the requests.
import asyncio
import threading
import time
from contextlib import asynccontextmanager

import httpx
from fastapi import FastAPI, Request


@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.db = {"orders": 3}
    print("lifespan: pool opened")
    yield
    print("lifespan: pool closed")


app = FastAPI(lifespan=lifespan)


@app.get("/blocking-in-async")
async def blocking_in_async():
    time.sleep(0.25)
    return {"on_loop_thread": threading.current_thread() is threading.main_thread()}


@app.get("/sync")
def sync_endpoint():
    time.sleep(0.25)
    return {"on_loop_thread": threading.current_thread() is threading.main_thread()}


@app.get("/async")
async def async_endpoint(request: Request):
    await asyncio.sleep(0.25)
    return {"on_loop_thread": threading.current_thread() is threading.main_thread(),
            "orders": request.app.state.db["orders"]}


async def serve_lifespan(to_app, from_app):
    scope = {"type": "lifespan", "asgi": {"version": "3.0"}, "state": {}}
    return asyncio.create_task(app(scope, to_app.get, from_app.put))


async def main():
    to_app, from_app = asyncio.Queue(), asyncio.Queue()
    server = await serve_lifespan(to_app, from_app)
    await to_app.put({"type": "lifespan.startup"})
    print((await from_app.get())["type"])
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for path in ["/blocking-in-async", "/sync", "/async"]:
            start = time.perf_counter()
            responses = await asyncio.gather(*(client.get(path) for _ in range(4)))
            elapsed = time.perf_counter() - start
            print(f"{path:20} 4 requests took {round(elapsed, 1)} s "
                  f"{[r.json() for r in responses][0]}")
    await to_app.put({"type": "lifespan.shutdown"})
    print((await from_app.get())["type"])
    await server


asyncio.run(main())
