# expected: loopscope (simulated network)
# A semaphore caps how many downloads run at once. The API here allows 5 requests in
# flight and answers 429 Too Many Requests past that: without the cap most of the 20
# requests are refused; with asyncio.Semaphore(5) they all succeed, in waves of five.
import asyncio
import time

import httpx
import loopscope.network

loopscope.network.configure(rate_limit=5)
URLS = [f"https://api.example.com/item/{i}" for i in range(20)]


async def fetch_all(urls, limit=None):
    semaphore = asyncio.Semaphore(limit) if limit else None
    running = peak = 0

    async def fetch_one(client, url):
        nonlocal running, peak
        if semaphore:
            await semaphore.acquire()
        try:
            running += 1
            peak = max(peak, running)
            response = await client.get(url)
            return response.status_code
        finally:
            running -= 1
            if semaphore:
                semaphore.release()

    async with httpx.AsyncClient() as client:
        start = time.perf_counter()
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(fetch_one(client, url)) for url in urls]
        codes = [t.result() for t in tasks]
    elapsed = time.perf_counter() - start
    print(f"limit={limit}: {codes.count(200)} ok, {codes.count(429)} refused (429), "
          f"at most {peak} at once, {elapsed:.2f}s")


async def main():
    await fetch_all(URLS)
    await fetch_all(URLS, limit=5)


asyncio.run(main())
