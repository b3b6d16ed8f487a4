# TestClient as a test suite uses it: `with TestClient(app)` runs startup and shutdown
# handlers once, a form login answering with a cookie that later calls send back,
# default headers, params/data/headers per call, dependency_overrides swapped in and out,
# and a 422 inspected through response.json().
from typing import Annotated, Optional

from fastapi import Cookie, Depends, FastAPI, Form, Header, Response
from fastapi.testclient import TestClient
from contextlib import asynccontextmanager

events = []


@asynccontextmanager
async def lifespan(app):
    events.append("startup")
    yield
    events.append("shutdown")


app = FastAPI(lifespan=lifespan)


def get_db():
    return "real-db"


@app.post("/login")
def login(response: Response, username: Annotated[str, Form()], password: Annotated[str, Form()]):
    if password != "pw":
        response.status_code = 401
        return {"ok": False}
    response.set_cookie("user", username)
    return {"ok": True}


@app.get("/whoami")
def whoami(user: Annotated[Optional[str], Cookie()] = None,
           x_client: Annotated[Optional[str], Header()] = None,
           db: str = Depends(get_db)):
    return {"user": user, "client": x_client, "db": db}


@app.get("/add")
def add(a: int, b: int = 0):
    return {"sum": a + b}


with TestClient(app, headers={"X-Client": "suite"}) as client:
    print(events)
    print(client.get("/whoami").json())
    r = client.post("/login", data={"username": "ada", "password": "bad"})
    print(r.status_code, r.json(), r.headers.get("set-cookie"))
    r = client.post("/login", data={"username": "ada", "password": "pw"})
    print(r.status_code, r.json(), r.headers.get("set-cookie"))
    cookie = {"Cookie": r.headers["set-cookie"].split(";")[0]}
    print(client.get("/whoami", headers={"X-Client": "override", **cookie}).json())
    app.dependency_overrides[get_db] = lambda: "fake-db"
    print(client.get("/whoami", headers=cookie).json())
    app.dependency_overrides.clear()
    print(client.get("/whoami", headers=cookie).json())
    print(client.get("/add", params={"a": 2, "b": 5}).json())
    r = client.get("/add", params={"b": "x"})
    print(r.status_code, [(e["loc"], e["type"]) for e in r.json()["detail"]])
    r = client.post("/login", data={"username": "ada"})
    print(r.status_code, r.json())
print(events)
