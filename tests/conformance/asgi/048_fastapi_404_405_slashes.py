# What a FastAPI app answers for requests no route fits: 404 with {"detail": "Not Found"},
# 405 with its Allow header (sorted here) when the path exists for other methods, HEAD on
# a GET route, the 307 redirect that adds or removes a trailing slash (and keeps the query
# string), `redirect_slashes=False`, and routes declared with several methods.
import asyncio

import httpx
from fastapi import APIRouter, FastAPI

app = FastAPI()


@app.get("/items/")
async def list_items():
    return ["a", "b"]


@app.post("/items/")
async def add_item():
    return {"added": True}


@app.get("/users")
async def users(active: bool = True):
    return {"users": [], "active": active}


@app.api_route("/ping", methods=["GET", "PUT", "PATCH"])
async def ping():
    return "pong"


strict = FastAPI(redirect_slashes=False)
router = APIRouter()


@router.get("/only")
async def only():
    return "only"


strict.include_router(router)


async def main():
    for name, target in [("app", app), ("strict", strict)]:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=target),
                                     base_url="http://test") as client:
            for method, path in [("GET", "/items/"), ("GET", "/items"), ("POST", "/items"),
                                 ("GET", "/users/?active=false"), ("DELETE", "/users"),
                                 ("HEAD", "/users"), ("PUT", "/items/"), ("GET", "/ping"),
                                 ("DELETE", "/ping"), ("GET", "/only"), ("GET", "/only/"),
                                 ("GET", "/nothing/here")]:
                r = await client.request(method, path)
                allow = ", ".join(sorted(r.headers["allow"].split(", "))) if "allow" in r.headers else None
                print(name, method, path, r.status_code, repr(r.text), allow,
                      r.headers.get("location"), r.headers.get("content-type"))


asyncio.run(main())
