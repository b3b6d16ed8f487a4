# Dependencies with yield, three deep, and what their teardown sees: the normal order
# (setup outside-in, teardown inside-out, after the response), an HTTPException raised by
# the endpoint passing through every `except`, a dependency that turns the endpoint's
# own exception into an HTTPException, and one that swallows nothing but logs in finally.
import asyncio

import httpx
from fastapi import Depends, FastAPI, HTTPException

app = FastAPI()
log = []


class NotFoundInDb(Exception):
    pass


async def engine():
    log.append("engine up")
    try:
        yield "engine"
    except Exception as e:
        log.append(f"engine saw {type(e).__name__}")
        raise
    finally:
        log.append("engine down")


async def session(e=Depends(engine)):
    log.append("session open")
    try:
        yield f"session({e})"
    except NotFoundInDb as exc:
        log.append("session converts NotFoundInDb")
        raise HTTPException(status_code=404, detail=str(exc))
    except HTTPException as exc:
        log.append(f"session saw HTTPException {exc.status_code}")
        raise
    else:
        log.append("session commit")
    finally:
        log.append("session close")


def repo(s=Depends(session)):
    log.append("repo ready")
    yield f"repo({s})"
    log.append("repo done")


@app.get("/things/{name}")
async def thing(name: str, r=Depends(repo)):
    log.append(f"endpoint {name}")
    if name == "forbidden":
        raise HTTPException(status_code=403, detail="no")
    if name == "missing":
        raise NotFoundInDb(f"{name} is not in the db")
    return {"name": name, "via": r}


async def main():
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="http://test") as client:
        for name in ["book", "forbidden", "missing"]:
            log.clear()
            r = await client.get(f"/things/{name}")
            print(name, r.status_code, r.text)
            for line in log:
                print("   ", line)


asyncio.run(main())
