# expected: loopscope (simulated network)
# Three pages, fetched one after another and then all at once with aiohttp.
# While one request waits for its answer, the event loop starts the others: the
# concurrent version takes about as long as the slowest page, not the sum of all three.
import asyncio
import time

import aiohttp

URLS = ["https://example.com/", "https://httpbin.org/html", "https://google.com/"]


async def fetch(session, url):
    async with session.get(url) as response:
        text = await response.text()
        print(f"  {response.status} {url} ({len(text)} characters)")
        return len(text)


async def main():
    async with aiohttp.ClientSession() as session:
        print("one after another:")
        start = time.perf_counter()
        for url in URLS:
            await fetch(session, url)
        sequential = time.perf_counter() - start
        print(f"  took {sequential:.2f}s")

        print("all at once:")
        start = time.perf_counter()
        sizes = await asyncio.gather(*(fetch(session, url) for url in URLS))
        concurrent = time.perf_counter() - start
        print(f"  took {concurrent:.2f}s for {sum(sizes)} characters")

    print(f"gather was {sequential / concurrent:.1f}x faster")


asyncio.run(main())
