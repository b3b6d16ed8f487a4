# FastAPI dependencies with yield: one call per request for a shared dependency, teardown
# after the response and its background tasks, in reverse order; the Response parameter
# that sets headers and status; an endpoint returning a Response of its own.
import asyncio
import httpx
from fastapi import FastAPI, Depends, BackgroundTasks, Request, Response
app = FastAPI()
log = []
def get_db():
    log.append("db open")
    try:
        yield "db"
    finally:
        log.append("db close")
async def get_user(db=Depends(get_db)):
    log.append("user")
    yield {"name": "ada", "db": db}
    log.append("user teardown")
def bg(msg): log.append(f"bg {msg}")
@app.get("/x")
async def x(user=Depends(get_user), db=Depends(get_db), tasks: BackgroundTasks = None, response: Response = None):
    tasks.add_task(bg, "hi")
    response.headers["x-extra"] = "1"
    response.status_code = 202
    log.append("endpoint")
    return {"user": user, "db": db}
@app.get("/y", response_model=None)
def y(request: Request):
    return Response("raw", media_type="text/plain")
async def main():
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as c:
        r = await c.get("/x"); print(r.status_code, r.text, r.headers.get("x-extra")); print(log)
        r = await c.get("/y"); print(r.status_code, r.text)
asyncio.run(main())
