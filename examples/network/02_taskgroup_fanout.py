# expected: loopscope (simulated network)
# A client fan-out in a TaskGroup: one httpx.AsyncClient, three API calls started
# together. The TaskGroup waits for all of them, and had one failed, it would have
# cancelled the others and raised an ExceptionGroup.
import asyncio
import time

import httpx


async def load_dashboard(client):
    async with asyncio.TaskGroup() as tg:
        users = tg.create_task(client.get("https://api.example.com/users"))
        orders = tg.create_task(client.get("https://api.example.com/orders"))
        products = tg.create_task(client.get("https://api.example.com/products"))
    return users.result().json(), orders.result().json(), products.result().json()


async def main():
    async with httpx.AsyncClient(timeout=httpx.Timeout(30.0, connect=5.0)) as client:
        start = time.perf_counter()
        users, orders, products = await load_dashboard(client)
        print(f"{len(users)} users, {len(orders)} orders, {len(products)} products "
              f"in {time.perf_counter() - start:.2f}s")

        names = {u["id"]: u["name"] for u in users}
        items = {p["id"]: p["name"] for p in products}
        for order in orders:
            print(f"  order {order['id']}: {names[order['user_id']]} bought "
                  f"{order['quantity']} x {items[order['product_id']]} ({order['total']:.2f})")

        # One bad call: the TaskGroup cancels its siblings and reports the failure.
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(client.get("https://api.example.com/users"))
                tg.create_task(client.get("https://api.nowhere.invalid/users"))
        except* httpx.ConnectError as group:
            for error in group.exceptions:
                print(f"failed: {error.request.url}: {error}")


asyncio.run(main())
