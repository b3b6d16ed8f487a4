# expected: loopscope (simulated network)
# ASGI apps standing in for hosts: the tutorial's dashboard fans out to user-service,
# order-service and rec-service, here three FastAPI apps mounted with
# loopscope.network.mount; each request runs its app in a task of its own. httpx and
# aiohttp reach them; an app's exception is a 500 (its traceback on stderr, as a server
# logs it); a blocking client is told it cannot reach an app on the event loop; a host
# nobody serves still fails as on the network.
import asyncio
import time

import aiohttp
import httpx
import loopscope.network
from fastapi import FastAPI, HTTPException


def service(name, delay):
    app = FastAPI()

    @app.get("/users/{user_id}")
    async def profile(user_id: int):
        await asyncio.sleep(delay)
        if user_id == 0:
            raise HTTPException(404, "no such user")
        return {"service": name, "user": user_id}

    @app.get("/users/{user_id}/{what}")
    async def detail(user_id: int, what: str):
        await asyncio.sleep(delay)
        if what == "crash":
            raise RuntimeError(f"{name} fell over")
        return {"service": name, "user": user_id, "what": what}

    return app


loopscope.network.mount("http://user-service", service("user-service", 0.3))
loopscope.network.mount("http://order-service", service("order-service", 0.2))
loopscope.network.mount("http://rec-service", service("rec-service", 0.4))
print(sorted(loopscope.network.mounted()))


async def dashboard(client, user_id):
    async with asyncio.TaskGroup() as tg:
        profile = tg.create_task(client.get(f"http://user-service/users/{user_id}"))
        orders = tg.create_task(client.get(f"http://order-service/users/{user_id}/orders"))
        recs = tg.create_task(client.get(f"http://rec-service/users/{user_id}/recommendations"))
    return [r.json() for r in (profile.result(), orders.result(), recs.result())]


async def main():
    async with httpx.AsyncClient(timeout=30.0) as client:
        began = time.perf_counter()
        print(await dashboard(client, 2))
        print(f"fan-out took {time.perf_counter() - began:.1f}s")
        r = await client.get("http://user-service/users/0")
        print(r.status_code, r.reason_phrase, r.json())
        r = await client.get("http://order-service/users/1/crash")
        print(r.status_code, r.text)
        r = await client.get("http://user-service/nowhere")
        print(r.status_code, r.json(), r.headers["content-type"])
        try:
            await client.get("http://nobody-service/users/1")
        except httpx.ConnectError as e:
            print("ConnectError:", e)
    async with aiohttp.ClientSession() as session:
        async with session.get("http://rec-service/users/5/recommendations") as resp:
            print(resp.status, await resp.json())
    try:
        httpx.get("http://user-service/users/1")
    except RuntimeError as e:
        print("RuntimeError:", e)
    loopscope.network.unmount("http://rec-service")
    print(sorted(loopscope.network.mounted()))


asyncio.run(main())
