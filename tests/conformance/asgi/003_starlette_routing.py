# Starlette's routing: path parameters and their convertors, methods, 404 and 405, the
# trailing-slash redirect, HEAD, mounted sub-apps, and building URLs from route names.
import asyncio
import uuid

import httpx
from starlette.applications import Starlette
from starlette.responses import JSONResponse, PlainTextResponse
from starlette.routing import Mount, Route, Router


def show(request):
    params = {k: [type(v).__name__, str(v)] for k, v in request.path_params.items()}
    return JSONResponse({"path": request.url.path, "params": params,
                         "root_path": request.scope.get("root_path", "")})


async def items(request):
    return PlainTextResponse(f"{request.method} items")


api = Router(routes=[
    Route("/users/{user_id:int}", show, name="user"),
    Route("/users/{user_id:int}/orders/{order:str}", show),
])

app = Starlette(routes=[
    Route("/", lambda request: PlainTextResponse("home")),
    Route("/int/{n:int}", show),
    Route("/float/{x:float}", show),
    Route("/uuid/{u:uuid}", show),
    Route("/files/{rest:path}", show),
    Route("/str/{name}", show, name="by-name"),
    Route("/items", items, methods=["GET", "POST"]),
    Route("/only-post", items, methods=["POST"]),
    Route("/slash/", lambda request: PlainTextResponse("slash")),
    Mount("/api/v1", app=api, name="v1"),
    Mount("/static", routes=[Route("/{name}", show, name="file")], name="static"),
])


async def main():
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for method, path in [
            ("GET", "/"), ("GET", "/int/42"), ("GET", "/int/-1"), ("GET", "/int/4.5"),
            ("GET", "/float/3.25"), ("GET", "/float/7"), ("GET", "/float/.5"),
            ("GET", f"/uuid/{uuid.UUID(int=7)}"), ("GET", "/uuid/not-a-uuid"),
            ("GET", "/files/a/b/c.txt"), ("GET", "/files/"), ("GET", "/str/ada%20l"),
            ("GET", "/str/a/b"), ("POST", "/items"), ("PUT", "/items"),
            ("GET", "/only-post"), ("HEAD", "/items"), ("GET", "/slash"),
            ("GET", "/api/v1/users/7"), ("GET", "/api/v1/users/7/orders/x1"),
            ("GET", "/api/v1"), ("GET", "/api/v1/nothing"), ("GET", "/static/logo.png"),
            ("GET", "/missing"), ("DELETE", "/"),
        ]:
            r = await client.request(method, path)
            allow = ", ".join(sorted(r.headers.get("allow", "").split(", "))) or "-"
            print(f"{method} {path} -> {r.status_code} allow={allow} "
                  f"location={r.headers.get('location', '-')} {r.text}")
    print(app.url_path_for("by-name", name="x y"))
    print(app.url_path_for("v1:user", user_id=5))
    print(app.url_path_for("static", path="/css/site.css"))
    print(app.url_path_for("static:file", name="a.txt"))
    try:
        app.url_path_for("nope", a=1)
    except Exception as e:
        print(type(e).__name__, e)
    print([type(r).__name__ for r in app.routes], app.routes[6])


asyncio.run(main())
