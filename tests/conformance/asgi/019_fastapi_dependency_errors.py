# What FastAPI's dependencies do when things go wrong: a dependency that raises
# HTTPException stops the request before the endpoint; a dependency with yield sees the
# endpoint's exception in its `except` and its `finally` still runs; nested dependencies
# report their parameter errors together; a class instance as a dependency; a sync
# generator dependency runs in the thread pool.
import asyncio
import threading
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI, Header, HTTPException, Query

app = FastAPI()
log = []


class Paginator:
    def __init__(self, max_limit: int):
        self.max_limit = max_limit

    def __call__(self, offset: int = 0, limit: Annotated[int, Query(ge=1)] = 10):
        if limit > self.max_limit:
            raise HTTPException(400, detail=f"limit over {self.max_limit}")
        return (offset, limit)


paginate = Paginator(max_limit=50)


async def current_user(authorization: Annotated[str, Header()]):
    if authorization != "Bearer good":
        raise HTTPException(401, detail="bad credentials", headers={"WWW-Authenticate": "Bearer"})
    log.append("user ok")
    return "ada"


async def transaction():
    log.append("begin")
    try:
        yield "tx"
        log.append("commit")
    except ValueError as e:
        log.append(f"rollback ({e})")
        raise
    finally:
        log.append("end")


def sync_resource():
    log.append(f"open in worker thread: {threading.current_thread() is not threading.main_thread()}")
    yield "res"
    log.append("close")


@app.get("/items")
async def items(page: Annotated[tuple, Depends(paginate)],
                user: Annotated[str, Depends(current_user)],
                tx: Annotated[str, Depends(transaction)],
                res: Annotated[str, Depends(sync_resource)],
                fail: bool = False):
    log.append(f"endpoint {user} {page} {tx} {res}")
    if fail:
        raise ValueError("endpoint failed")
    return {"user": user, "page": list(page)}


async def main():
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        good = {"Authorization": "Bearer good"}
        for path, headers in [("/items", good), ("/items?offset=5&limit=20", good),
                              ("/items?limit=99", good), ("/items", {}),
                              ("/items?limit=0&offset=x", {}),
                              ("/items", {"Authorization": "Bearer bad"}),
                              ("/items?fail=true", good)]:
            log.clear()
            r = await client.get(path, headers=headers)
            print(path, r.status_code, r.text, r.headers.get("www-authenticate"))
            print("   ", log)


asyncio.run(main())
