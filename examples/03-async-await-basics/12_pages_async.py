# expected: loopscope (simulated network)
# The same four pages with aiohttp and gather: the requests overlap, so the
# total is about the slowest page, and gather still returns the results in
# the order the URLs were given.
import asyncio
import time

import aiohttp

URLS = [
    "https://example.com/",
    "https://httpbin.org/html",
    "https://google.com/",
    "https://api.example.com/products",
]


async def fetch(session, url):
    async with session.get(url) as response:
        return response.status, await response.text()


async def main():
    began = time.perf_counter()
    async with aiohttp.ClientSession() as session:
        pages = await asyncio.gather(*(fetch(session, url) for url in URLS))
    for url, (status, text) in zip(URLS, pages):
        print(f"{status} {url}: {len(text)} characters")
    print(f"elapsed {time.perf_counter() - began:.2f}s")


asyncio.run(main())
