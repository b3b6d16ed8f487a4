# expected: loopscope (simulated network)
# One httpx.AsyncClient shared by a TaskGroup: users, orders and products are
# requested together. Had one call failed, the TaskGroup would have cancelled
# the others and raised an ExceptionGroup.
import asyncio
import time

import httpx


async def fetch_multiple_apis():
    async with httpx.AsyncClient(
        timeout=httpx.Timeout(30.0, connect=5.0),
        limits=httpx.Limits(max_connections=100,
                            max_keepalive_connections=20),
        headers={"User-Agent": "my-service/1.0"},
    ) as client:
        api = "https://api.example.com"
        async with asyncio.TaskGroup() as tg:
            users = tg.create_task(client.get(f"{api}/users"))
            orders = tg.create_task(client.get(f"{api}/orders"))
            products = tg.create_task(client.get(f"{api}/products"))
        return (users.result().json(), orders.result().json(),
                products.result().json())


async def main():
    began = time.perf_counter()
    users, orders, products = await fetch_multiple_apis()
    print(f"{len(users)} users, {len(orders)} orders, {len(products)} products"
          f" in {time.perf_counter() - began:.2f}s")
    names = {u["id"]: u["name"] for u in users}
    items = {p["id"]: p["name"] for p in products}
    for order in orders:
        print(f"  order {order['id']}: {names[order['user_id']]} bought "
              f"{order['quantity']} x {items[order['product_id']]}")


asyncio.run(main())
