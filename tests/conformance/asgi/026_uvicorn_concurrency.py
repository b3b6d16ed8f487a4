# uvicorn runs each request in a task of its own: two slow requests on two connections
# overlap (the second finishes first), and a slow request does not hold up a quick one;
# the server's task set shows them in flight.
import asyncio
import logging

import uvicorn
from fastapi import FastAPI

PORT = 8791
events = []
app = FastAPI()
server = None


@app.get("/slow/{name}")
async def slow(name: str, seconds: float):
    events.append(f"start {name} ({len(server.server_state.tasks)} in flight)")
    await asyncio.sleep(seconds)
    events.append(f"end {name}")
    return {"name": name}


@app.get("/quick")
async def quick():
    events.append(f"quick ({len(server.server_state.tasks)} in flight)")
    return {"quick": True}


async def get(path, delay=0.0):
    await asyncio.sleep(delay)
    reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
    writer.write(f"GET {path} HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n".encode())
    data = await reader.read()
    writer.close()
    body = data.partition(b"\r\n\r\n")[2]
    events.append(f"client got {body.decode()}")


async def main():
    global server
    config = uvicorn.Config(app, port=PORT, log_level="info", access_log=False)
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.01)

    await asyncio.gather(get("/slow/a?seconds=1.2"), get("/slow/b?seconds=0.4", 0.4),
                         get("/quick", 0.6))
    for event in events:
        print(event)
    print("in flight now:", len(server.server_state.tasks))

    server.should_exit = True
    await task


asyncio.run(main())
