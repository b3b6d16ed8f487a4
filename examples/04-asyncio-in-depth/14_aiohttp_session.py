# expected: loopscope (simulated network)
# One aiohttp ClientSession for everything: a GET, a POST with a JSON body,
# then a hundred requests at once. The connector allows 30 connections to one
# host, so the hundred go out in waves of 30.
import asyncio
import time

import aiohttp


async def fetch_with_aiohttp():
    connector = aiohttp.TCPConnector(limit=100, limit_per_host=30)
    async with aiohttp.ClientSession(connector=connector) as session:
        async with session.get("https://api.example.com/data") as response:
            data = await response.json()
        print("GET:", data["count"], "items")

        async with session.post(
            "https://api.example.com/create",
            json={"name": "test", "value": 42},
            headers={"Authorization": "Bearer token"},
        ) as response:
            result = await response.json()
        print("POST:", response.status, result)

        began = time.perf_counter()
        urls = [f"https://api.example.com/item/{i}" for i in range(100)]
        responses = await asyncio.gather(*(session.get(url) for url in urls))
        results = [await r.json() for r in responses]
        total = sum(item["price"] for item in results)
        print(f"{len(results)} items, {total:.2f} in all, "
              f"in {time.perf_counter() - began:.2f}s")


asyncio.run(fetch_with_aiohttp())
