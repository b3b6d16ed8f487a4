# Concurrent requests keep their own state: three requests sent at once through one
# AsyncClient each get their own yield-dependency (opened and closed around that request
# only), a contextvar set by a middleware is seen by that request's endpoint alone, and
# request.state never leaks between them; the log shows how their steps interleave.
import asyncio
import contextvars

import httpx
from fastapi import Depends, FastAPI, Request

app = FastAPI()
request_user = contextvars.ContextVar("request_user", default="nobody")
log = []


@app.middleware("http")
async def who(request: Request, call_next):
    user = request.headers.get("x-user", "anon")
    request_user.set(user)
    request.state.user = user
    response = await call_next(request)
    response.headers["X-Served-User"] = request_user.get()
    return response


async def connection(request: Request):
    name = request.state.user
    log.append(f"open {name}")
    yield {"conn": f"conn-{name}"}
    log.append(f"close {name}")


@app.get("/work")
async def work(delay: float, request: Request, conn: dict = Depends(connection)):
    log.append(f"start {request.state.user} (ctx {request_user.get()})")
    await asyncio.sleep(delay)
    log.append(f"end {request.state.user} (ctx {request_user.get()})")
    return {"user": request_user.get(), "state_user": request.state.user, **conn}


async def main():
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="http://test") as client:
        responses = await asyncio.gather(
            client.get("/work?delay=0.3", headers={"X-User": "ada"}),
            client.get("/work?delay=0.1", headers={"X-User": "bob"}),
            client.get("/work?delay=0.2"),
        )
    for r in responses:
        print(r.status_code, r.json(), r.headers["x-served-user"])
    print("log:")
    for line in log:
        print("   ", line)
    print("outside:", request_user.get())


asyncio.run(main())
