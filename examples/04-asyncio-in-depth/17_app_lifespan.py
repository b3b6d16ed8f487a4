# A web app's lifespan: open shared clients at startup, hand them to every
# request, close them at shutdown. One endpoint fans out to three services with
# a TaskGroup. The web framework, the database pool and the HTTP client are
# small simulated stand-ins in plain asyncio (shaped like FastAPI, asyncpg and
# httpx); asyncio.sleep plays the network.
import asyncio
import time
from contextlib import asynccontextmanager


class HTTPException(Exception):
    def __init__(self, status_code, detail):
        super().__init__(detail)
        self.status_code = status_code
        self.detail = detail


class State:
    """Attributes the app keeps between requests (clients, pools)."""


class App:
    """Routes GET paths such as /users/{user_id} to handlers."""

    def __init__(self, lifespan):
        self.lifespan = lifespan
        self.state = State()
        self.routes = []

    def get(self, pattern):
        def register(handler):
            self.routes.append((pattern.strip("/").split("/"), handler))
            return handler

        return register

    async def handle(self, path):
        parts = path.strip("/").split("/")
        for pattern, handler in self.routes:
            if len(pattern) != len(parts):
                continue
            params = {}
            for want, got in zip(pattern, parts):
                if want.startswith("{"):
                    params[want[1:-1]] = int(got)
                elif want != got:
                    break
            else:
                try:
                    return 200, await handler(**params)
                except HTTPException as error:
                    return error.status_code, {"detail": error.detail}
        return 404, {"detail": "Not Found"}


class DatabasePool:
    USERS = {1: {"id": 1, "name": "Ada"}, 2: {"id": 2, "name": "Alan"}}

    @classmethod
    async def open(cls, size):
        await asyncio.sleep(0.05)
        print(f"startup: database pool with {size} connections")
        return cls()

    async def fetch_user(self, user_id):
        await asyncio.sleep(0.02)
        return self.USERS.get(user_id)

    async def close(self):
        await asyncio.sleep(0.01)
        print("shutdown: database pool closed")


class HttpClient:
    LATENCY = {"user-service": 0.3, "order-service": 0.2, "rec-service": 0.4}

    async def get(self, service, path):
        await asyncio.sleep(self.LATENCY[service])
        return {"from": service, "path": path}

    async def aclose(self):
        print("shutdown: HTTP client closed")


@asynccontextmanager
async def lifespan(app):
    app.state.db = await DatabasePool.open(size=5)
    app.state.http = HttpClient()
    yield
    await app.state.http.aclose()
    await app.state.db.close()


app = App(lifespan=lifespan)


@app.get("/users/{user_id}")
async def get_user(user_id):
    row = await app.state.db.fetch_user(user_id)
    if row is None:
        raise HTTPException(404, "User not found")
    return row


@app.get("/dashboard/{user_id}")
async def get_dashboard(user_id):
    http = app.state.http
    async with asyncio.TaskGroup() as tg:
        base = f"/users/{user_id}"
        profile = tg.create_task(http.get("user-service", base))
        orders = tg.create_task(http.get("order-service", f"{base}/orders"))
        recs = tg.create_task(http.get("rec-service", f"{base}/recs"))
    return {
        "profile": profile.result()["from"],
        "orders": orders.result()["from"],
        "recommendations": recs.result()["from"],
    }


async def serve(requests):
    async with app.lifespan(app):
        for path in requests:
            began = time.perf_counter()
            status, body = await app.handle(path)
            took = time.perf_counter() - began
            print(f"GET {path} -> {status} {body} ({took:.1f}s)")


asyncio.run(serve(["/users/1", "/users/99", "/dashboard/2", "/nowhere"]))
