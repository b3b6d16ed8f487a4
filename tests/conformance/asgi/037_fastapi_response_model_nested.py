# response_model as the filter between a database row and the client: nested models and
# lists of them lose the fields their output models do not declare, a return annotation
# acts as the response model, response_model_include/exclude, defaults filled in, and the
# 500 when the returned data does not fit the declared model.
import asyncio
from typing import Optional

import httpx
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class OwnerOut(BaseModel):
    name: str


class PetOut(BaseModel):
    name: str
    kind: str = "cat"
    owner: OwnerOut


class PetList(BaseModel):
    count: int
    pets: list[PetOut]


class UserIn(BaseModel):
    username: str
    password: str
    email: Optional[str] = None


class UserOut(BaseModel):
    username: str
    email: Optional[str] = None


rows = [
    {"name": "Tom", "kind": "cat", "secret_id": 1, "owner": {"name": "Ada", "password": "p1"}},
    {"name": "Rex", "kind": "dog", "secret_id": 2, "owner": {"name": "Bob", "password": "p2"}},
    {"name": "Nib", "secret_id": 3, "owner": {"name": "Cy", "password": "p3"}},
]


@app.get("/pets", response_model=list[PetOut])
async def pets():
    return rows


@app.get("/pets/page", response_model=PetList)
async def page():
    return {"count": len(rows), "pets": rows, "next": None}


@app.get("/pets/{index}", response_model=PetOut, response_model_exclude={"owner"})
async def pet(index: int):
    return rows[index]


@app.get("/names", response_model=list[PetOut], response_model_include={"name"})
async def names():
    return rows


@app.post("/users")
async def create_user(user: UserIn) -> UserOut:
    return user


@app.get("/broken", response_model=PetOut)
async def broken():
    return {"name": "Ghost", "owner": None}


async def main():
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for method, path, kwargs in [
            ("GET", "/pets", {}), ("GET", "/pets/page", {}), ("GET", "/pets/1", {}),
            ("GET", "/names", {}),
            ("POST", "/users", {"json": {"username": "ada", "password": "hunter2"}}),
            ("POST", "/users", {"json": {"username": "bob", "password": "x", "email": "b@x.io"}}),
            ("GET", "/broken", {}),
        ]:
            r = await client.request(method, path, **kwargs)
            print(method, path, r.status_code, r.text)


asyncio.run(main())
