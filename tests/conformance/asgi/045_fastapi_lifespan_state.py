# Lifespan state: what the lifespan yields (`yield {"pool": ..., "hits": ...}`) reaches
# every request as `request.state`, a shallow copy per request (rebinding a name does not
# leak to the next request, mutating a shared object does), beside `app.state`; startup
# and shutdown run once around all requests, driven here by `with TestClient(app)`.
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI, Request
from fastapi.testclient import TestClient

events = []


class Pool:
    def __init__(self):
        self.open = True
        self.queries = []

    def query(self, sql):
        self.queries.append(sql)
        return len(self.queries)


@asynccontextmanager
async def lifespan(app: FastAPI):
    pool = Pool()
    app.state.version = "1.2"
    events.append("startup")
    yield {"pool": pool, "hits": {"count": 0}, "label": "initial"}
    pool.open = False
    events.append(f"shutdown after {len(pool.queries)} queries")


app = FastAPI(lifespan=lifespan)


def get_pool(request: Request) -> Pool:
    return request.state.pool


@app.get("/query/{sql}")
async def query(sql: str, request: Request, pool: Pool = Depends(get_pool)):
    request.state.hits["count"] += 1
    before = request.state.label
    request.state.label = f"changed by {sql}"
    return {"n": pool.query(sql), "open": pool.open, "hits": request.state.hits["count"],
            "label_before": before, "version": request.app.state.version}


@app.get("/sync")
def sync_view(request: Request):
    return {"queries": list(request.state.pool.queries)}


print("before:", events)
with TestClient(app) as client:
    print("inside:", events)
    for sql in ["select 1", "select 2"]:
        r = client.get(f"/query/{sql}")
        print(r.status_code, r.json())
    print(client.get("/sync").json())
print("after:", events)

with TestClient(app) as client:
    print(client.get("/query/again").json())
print("second run:", events)
