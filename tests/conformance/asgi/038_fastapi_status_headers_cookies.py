# Status codes, headers and cookies as endpoints set them: `status_code=201` on the
# decorator, a `Response` parameter that adds headers and cookies (and changes the status
# for one answer), JSONResponse returned with headers of its own, cookies deleted, and
# cookies the client sends (in a Cookie header) read back with Cookie().
import asyncio
from typing import Optional

import httpx
from fastapi import Cookie, FastAPI, Response, status
from fastapi.responses import JSONResponse

app = FastAPI()
notes = {}


@app.post("/notes/{key}", status_code=status.HTTP_201_CREATED)
async def put_note(key: str, text: str, response: Response):
    if key in notes:
        response.status_code = status.HTTP_200_OK
    notes[key] = text
    response.headers["Location"] = f"/notes/{key}"
    response.headers["X-Note-Count"] = str(len(notes))
    return {"key": key, "text": text}


@app.get("/login")
async def login(response: Response, user: str = "ada"):
    response.set_cookie("session", f"s-{user}", httponly=True, max_age=60, path="/")
    response.set_cookie("theme", "dark", samesite="strict")
    return {"logged_in": user}


@app.get("/me")
async def me(session: Optional[str] = Cookie(None), theme: Optional[str] = Cookie(None)):
    return {"session": session, "theme": theme}


@app.get("/logout")
async def logout():
    response = JSONResponse({"logged_out": True}, status_code=202, headers={"X-Bye": "1"})
    response.delete_cookie("session")
    return response


@app.get("/accepted", status_code=202)
def accepted():
    return JSONResponse({"queued": True}, headers={"Cache-Control": "no-store"})


async def main():
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="http://test") as client:
        for method, path in [("POST", "/notes/a?text=hi"), ("POST", "/notes/a?text=again"),
                             ("POST", "/notes/b?text=x")]:
            r = await client.request(method, path)
            print(method, path, r.status_code, r.headers.get("location"),
                  r.headers.get("x-note-count"), r.json())
        r = await client.get("/login?user=bob")
        print(r.status_code, r.json(), sorted(r.headers.get_list("set-cookie")))
        r = await client.get("/me", headers={"Cookie": "session=s-bob; theme=dark"})
        print(r.status_code, r.json())
        r = await client.get("/logout")
        # The deleting cookie's expiry is the current time: left out.
        print(r.status_code, r.json(), r.headers.get("x-bye"),
              ["; ".join(part for part in c.split("; ") if not part.startswith("expires="))
               for c in r.headers.get_list("set-cookie")])
        r = await client.get("/me", headers={"Cookie": "theme=light"})
        print(r.status_code, r.json())
        r = await client.get("/accepted")
        print(r.status_code, r.json(), r.headers.get("cache-control"))


asyncio.run(main())
