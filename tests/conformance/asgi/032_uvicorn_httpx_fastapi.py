# httpx's AsyncClient and a FastAPI app that uvicorn serves: validated parameters and
# bodies (422 with FastAPI's details), five requests at once (each on a connection of
# its own, each in a task of uvicorn's, overlapping), and sequential requests that reuse
# one keep-alive connection, as the client ports the app sees show.
import asyncio

import httpx
import uvicorn
from fastapi import FastAPI, Request
from pydantic import BaseModel

PORT = 8842
app = FastAPI()
ports = []
running = [0, 0]  # now, most at once


class Order(BaseModel):
    item: str
    quantity: int = 1


@app.post("/orders/{shop}")
async def order(shop: str, body: Order, rush: bool = False):
    return {"shop": shop, "item": body.item, "quantity": body.quantity, "rush": rush}


@app.get("/work")
async def work(request: Request):
    ports.append(request.client.port)
    running[0] += 1
    running[1] = max(running)
    await asyncio.sleep(0.3)
    running[0] -= 1
    return {"done": True}


async def main():
    config = uvicorn.Config(app, port=PORT, log_level="warning")
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.01)

    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{PORT}") as client:
        r = await client.post("/orders/north", params={"rush": "yes"},
                              json={"item": "tea", "quantity": 2})
        print(r.status_code, r.json())
        r = await client.post("/orders/north", params={"rush": "maybe"}, json={"quantity": "x"})
        print(r.status_code, r.json())

        responses = await asyncio.gather(*(client.get("/work") for _ in range(5)))
        print("at once:", [r.status_code for r in responses], "most running together:",
              running[1], "connections:", len(set(ports)))
        ports.clear()
        for _ in range(3):
            r = await client.get("/work")
        print("one after another:", r.status_code, "connections:", len(set(ports)))

    server.should_exit = True
    await task
    print("requests served:", server.server_state.total_requests)


asyncio.run(main())
