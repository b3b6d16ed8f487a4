# BackgroundTasks after the response: tasks run in the order added, sync ones and async
# ones, with positional and keyword arguments; a dependency adds tasks to the same list as
# the endpoint; tasks see the response already sent; and a failing task stops the ones
# after it and reaches the client's caller.
import asyncio
import threading

import httpx
from fastapi import BackgroundTasks, Depends, FastAPI

app = FastAPI()
log = []


def write_log(message: str, level: str = "info"):
    log.append(f"sync task {level}: {message} (worker thread: {threading.current_thread() is not threading.main_thread()})")


async def notify(email: str, *, subject: str):
    await asyncio.sleep(0.01)
    log.append(f"async task: mail {email} {subject!r}")


def explode():
    log.append("exploding task")
    raise RuntimeError("task failed")


def audit(tasks: BackgroundTasks, user: str = "anon"):
    tasks.add_task(write_log, f"audit {user}", level="audit")
    return user


@app.post("/signup/{email}")
async def signup(email: str, tasks: BackgroundTasks, user: str = Depends(audit)):
    tasks.add_task(notify, email, subject="Welcome")
    tasks.add_task(write_log, f"signed up {email}")
    log.append("endpoint returns")
    return {"email": email, "by": user, "queued": len(tasks.tasks)}


@app.post("/fragile")
def fragile(tasks: BackgroundTasks):
    tasks.add_task(write_log, "before")
    tasks.add_task(explode)
    tasks.add_task(write_log, "after")
    log.append("fragile endpoint returns")
    return {"ok": True}


async def main():
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="http://test") as client:
        r = await client.post("/signup/ada@example.com?user=admin")
        print(r.status_code, r.json())
        for line in log:
            print("   ", line)
        log.clear()
        try:
            r = await client.post("/fragile")
            print("answered", r.status_code)
        except RuntimeError as e:
            print("raised", repr(e))
        for line in log:
            print("   ", line)
    log.clear()
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        r = await client.post("/fragile")
        print(r.status_code, r.json(), log)


asyncio.run(main())
