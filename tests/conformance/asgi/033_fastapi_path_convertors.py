# Path parameters as a tutorial's app declares them: ints (negative too), floats, bools,
# str and int enums, the `:path` convertor for file paths, a fixed route declared before
# a parameter route, and the 422 each wrong value gets (404 when no route matches).
import asyncio
import enum

import httpx
from fastapi import FastAPI

app = FastAPI()


class Color(str, enum.Enum):
    red = "red"
    green = "green"


class Level(int, enum.Enum):
    low = 1
    high = 3


@app.get("/users/me")
async def me():
    return {"user": "the current user"}


@app.get("/users/{user_id}")
async def user(user_id: int):
    return {"user_id": user_id, "type": type(user_id).__name__}


@app.get("/scale/{factor}")
async def scale(factor: float):
    return {"factor": factor, "double": factor * 2}


@app.get("/flag/{on}")
async def flag(on: bool):
    return {"on": on}


@app.get("/colors/{color}")
async def color(color: Color):
    return {"color": color, "is_red": color is Color.red, "name": color.name}


@app.get("/levels/{level}")
async def level(level: Level):
    return {"level": level, "name": level.name}


@app.get("/files/{file_path:path}")
async def files(file_path: str):
    return {"file_path": file_path, "parts": file_path.split("/")}


@app.get("/pairs/{a}/{b}")
async def pairs(a: str, b: int):
    return [a, b]


async def main():
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="http://test") as client:
        for path in ["/users/me", "/users/42", "/users/-7", "/users/007", "/users/4.0",
                     "/users/1e3", "/users/ten", "/scale/2.5", "/scale/3", "/scale/-0.5", "/scale/1e2",
                     "/scale/x", "/flag/true", "/flag/0", "/flag/yes",
                     "/flag/off", "/flag/maybe", "/colors/red", "/colors/green",
                     "/colors/blue", "/levels/3", "/levels/2", "/levels/high",
                     "/files/home/ada/notes.txt", "/files//etc/passwd", "/files/a%20b/c",
                     "/pairs/x/1", "/pairs/x/y", "/pairs/x", "/pairs/x/1/2"]:
            r = await client.get(path)
            print(path, r.status_code, r.text)


asyncio.run(main())
