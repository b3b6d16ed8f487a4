# Where Starlette runs an endpoint: `async def` on the loop, `def` in a pool of worker
# threads — so three blocking requests overlap only in a `def` endpoint — and an app's
# lifespan, driven through the ASGI lifespan protocol as a server drives it.
import asyncio
import contextlib
import threading
import time

import httpx
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route


def sync_blocking(request):
    time.sleep(0.2)
    return JSONResponse({"thread": threading.current_thread() is threading.main_thread()})


async def async_blocking(request):
    time.sleep(0.2)
    return JSONResponse({"thread": threading.current_thread() is threading.main_thread()})


async def async_waiting(request):
    await asyncio.sleep(0.2)
    return JSONResponse({"thread": threading.current_thread() is threading.main_thread()})


@contextlib.asynccontextmanager
async def lifespan(app):
    print("startup: opening the pool")
    app.state.pool = ["conn-1", "conn-2"]
    yield {"started": True}
    print("shutdown: closing", app.state.pool)


async def pool(request):
    return JSONResponse({"pool": request.app.state.pool})


app = Starlette(routes=[Route("/sync", sync_blocking), Route("/async-blocking", async_blocking),
                        Route("/async", async_waiting), Route("/pool", pool)],
                lifespan=lifespan)


async def main():
    to_app, from_app = asyncio.Queue(), asyncio.Queue()
    scope = {"type": "lifespan", "asgi": {"version": "3.0"}, "state": {}}
    server = asyncio.create_task(app(scope, to_app.get, from_app.put))
    await to_app.put({"type": "lifespan.startup"})
    print(await from_app.get(), scope["state"])

    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        print((await client.get("/pool")).json())
        for path in ["/sync", "/async-blocking", "/async"]:
            start = time.perf_counter()
            responses = await asyncio.gather(*(client.get(path) for _ in range(3)))
            elapsed = time.perf_counter() - start
            print(f"{path}: 3 requests in {round(elapsed, 1)} s, on the main thread: "
                  f"{[r.json()['thread'] for r in responses]}")

    await to_app.put({"type": "lifespan.shutdown"})
    print(await from_app.get())
    await server


asyncio.run(main())
