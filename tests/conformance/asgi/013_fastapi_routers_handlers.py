# FastAPI apps as tutorials build them: APIRouter with a prefix, tags and a router-wide
# dependency, include_router, @app.middleware("http"), custom exception handlers
# (including one for validation errors), dependency_overrides as tests use them, and a
# 500 from an unhandled exception.
import asyncio
from typing import Optional

import httpx
from fastapi import APIRouter, Depends, FastAPI, Header, HTTPException, Request, status
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse
from pydantic import BaseModel, Field

log = []


async def verify_token(x_token: str = Header()):
    if x_token != "secret":
        raise HTTPException(status_code=401, detail="Invalid X-Token header")
    log.append("token ok")


def get_settings():
    return {"env": "production"}


class User(BaseModel):
    id: int
    name: str = Field(min_length=2)
    email: Optional[str] = None


class UserPublic(BaseModel):
    id: int
    name: str


users_db = {1: User(id=1, name="Ada", email="ada@example.com")}
router = APIRouter(prefix="/users", tags=["users"], dependencies=[Depends(verify_token)])


@router.get("/", response_model=list[UserPublic])
async def list_users():
    return list(users_db.values())


@router.get("/{user_id}", response_model=UserPublic)
async def get_user(user_id: int, settings: dict = Depends(get_settings)):
    log.append(f"settings {settings['env']}")
    if user_id not in users_db:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="User not found")
    return users_db[user_id]


@router.post("/", status_code=201, response_model=UserPublic)
async def create_user(user: User):
    users_db[user.id] = user
    return user


class TeapotError(Exception):
    def __init__(self, name):
        self.name = name


app = FastAPI(title="Users")
app.include_router(router)


@app.get("/teapot/{name}")
async def teapot(name: str):
    raise TeapotError(name)


@app.get("/crash")
async def crash():
    return {"value": 1 / 0}


@app.exception_handler(TeapotError)
async def teapot_handler(request: Request, exc: TeapotError):
    return JSONResponse(status_code=418, content={"message": f"{exc.name} is a teapot"})


@app.exception_handler(RequestValidationError)
async def validation_handler(request: Request, exc: RequestValidationError):
    return PlainTextResponse(f"bad request: {len(exc.errors())} error(s) "
                             f"{jsonable_encoder([e['loc'] for e in exc.errors()])}",
                             status_code=400)


@app.middleware("http")
async def count_requests(request: Request, call_next):
    log.append(f"-> {request.method} {request.url.path}")
    response = await call_next(request)
    response.headers["X-Handled"] = "true"
    log.append(f"<- {response.status_code}")
    return response


async def main():
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        token = {"X-Token": "secret"}
        for method, path, kwargs in [
            ("GET", "/users/", {"headers": token}),
            ("GET", "/users/", {}),
            ("GET", "/users/", {"headers": {"X-Token": "nope"}}),
            ("GET", "/users/1", {"headers": token}),
            ("GET", "/users/2", {"headers": token}),
            ("GET", "/users/x", {"headers": token}),
            ("POST", "/users/", {"headers": token, "json": {"id": 2, "name": "Grace"}}),
            ("POST", "/users/", {"headers": token, "json": {"id": "z", "name": "G"}}),
            ("GET", "/users", {"headers": token}),
            ("GET", "/teapot/brown", {}),
            ("GET", "/crash", {}),
        ]:
            log.clear()
            r = await client.request(method, path, **kwargs)
            print(method, path, r.status_code, r.text, r.headers.get("x-handled"),
                  r.headers.get("location"))
            print("   ", log)
        app.dependency_overrides[get_settings] = lambda: {"env": "test"}
        app.dependency_overrides[verify_token] = lambda: log.append("token skipped")
        log.clear()
        r = await client.get("/users/1")
        print(r.status_code, r.json(), log)
        app.dependency_overrides.clear()


asyncio.run(main())
