# A FastAPI app's lifespan: open an asyncpg pool and an httpx client at startup, hand
# them to every request, close them at shutdown. One endpoint fans out to three services
# at once with a TaskGroup. The database is real PostgreSQL (in the page, PGlite); the
# three services are small FastAPI apps of their own, mounted on the client through
# httpx's ASGITransport, each taking its own time to answer.
import asyncio
import time
from contextlib import asynccontextmanager

import asyncpg
import httpx
from fastapi import Depends, FastAPI, HTTPException
from fastapi.testclient import TestClient

DSN = "postgresql://user:pass@localhost:5432/mydb"


def make_service(name, delay):
    service = FastAPI()

    @service.get("/users/{user_id}")
    @service.get("/users/{user_id}/{what}")
    async def answer(user_id: int, what: str = "profile"):
        await asyncio.sleep(delay)
        return {"from": name, "user": user_id, "what": what}

    return service


SERVICES = {
    "http://user-service": make_service("user-service", 0.3),
    "http://order-service": make_service("order-service", 0.2),
    "http://rec-service": make_service("rec-service", 0.4),
}


@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.db_pool = await asyncpg.create_pool(DSN, min_size=2, max_size=5)
    print(f"startup: database pool with {app.state.db_pool.get_size()} connections")
    mounts = {url: httpx.ASGITransport(app=svc) for url, svc in SERVICES.items()}
    app.state.http_client = httpx.AsyncClient(mounts=mounts, timeout=30.0)
    yield
    await app.state.http_client.aclose()
    print("shutdown: HTTP client closed")
    await app.state.db_pool.close()
    print("shutdown: database pool closed")


app = FastAPI(lifespan=lifespan)


@app.get("/users/{user_id}")
async def get_user(user_id: int):
    async with app.state.db_pool.acquire() as conn:
        row = await conn.fetchrow("SELECT id, name, email FROM users WHERE id = $1", user_id)
        if not row:
            raise HTTPException(status_code=404, detail="User not found")
        return dict(row)


async def get_db():
    async with app.state.db_pool.acquire() as conn:
        yield conn


@app.get("/orders")
async def list_orders(conn=Depends(get_db)):
    rows = await conn.fetch("SELECT id, status, total FROM orders ORDER BY id LIMIT 3")
    return [dict(row) for row in rows]


@app.get("/dashboard/{user_id}")
async def get_dashboard(user_id: int):
    client = app.state.http_client
    async with asyncio.TaskGroup() as tg:
        profile = tg.create_task(client.get(f"http://user-service/users/{user_id}"))
        orders = tg.create_task(client.get(f"http://order-service/users/{user_id}/orders"))
        recs = tg.create_task(client.get(f"http://rec-service/users/{user_id}/recommendations"))
    return {
        "profile": profile.result().json()["from"],
        "orders": orders.result().json()["from"],
        "recommendations": recs.result().json()["from"],
    }


with TestClient(app) as client:
    for path in ["/users/1", "/users/99", "/orders", "/dashboard/2", "/nowhere"]:
        began = time.perf_counter()
        response = client.get(path)
        took = time.perf_counter() - began
        print(f"GET {path} -> {response.status_code} {response.json()}")
        if path.startswith("/dashboard"):
            # The services take 0.3, 0.2 and 0.4 s: together about the slowest one.
            print(f"  faster than the three one after another (0.9s): {took < 0.9}")
