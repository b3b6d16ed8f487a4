# expected: loopscope (simulated network)
# A semaphore keeps at most ten requests in flight. Here the API answers
# 429 Too Many Requests past ten at once, so without the semaphore most of
# the forty requests are refused; with it they all succeed, ten at a time.
import asyncio
import time

import httpx
import loopscope.network

loopscope.network.configure(rate_limit=10)  # the simulated API's own limit


async def fetch_with_rate_limit(urls, max_concurrent=10):
    semaphore = asyncio.Semaphore(max_concurrent) if max_concurrent else None

    async def fetch_one(client, url):
        if semaphore is None:
            return (await client.get(url)).status_code
        async with semaphore:  # at most max_concurrent tasks run here
            return (await client.get(url)).status_code

    async with httpx.AsyncClient() as client:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(fetch_one(client, url)) for url in urls]
    return [task.result() for task in tasks]


async def main():
    urls = [f"https://api.example.com/item/{i}" for i in range(40)]
    for limit in (None, 10):
        began = time.perf_counter()
        codes = await fetch_with_rate_limit(urls, limit)
        print(f"max_concurrent={limit}: {codes.count(200)} ok, "
              f"{codes.count(429)} refused, "
              f"{time.perf_counter() - began:.2f}s")


asyncio.run(main())
