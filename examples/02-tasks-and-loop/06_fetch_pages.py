# expected: loopscope (simulated network)
# One task per URL over a shared aiohttp session. While one request waits for
# its answer the loop starts the others, so the whole batch takes about as long
# as the slowest page. (The pages come from Loopscope's simulated network.)
import asyncio
import time

import aiohttp

URLS = ["http://example.com", "http://httpbin.org/get", "http://google.com"]


async def fetch(session, url):
    async with session.get(url) as response:
        html = await response.text()
        print(f"  {url} answered {response.status}")
        return html


async def main():
    began = time.perf_counter()
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(fetch(session, url)) for url in URLS]
        results = await asyncio.gather(*tasks)
    for url, html in zip(URLS, results):
        print(f"{url}: {len(html)} characters")
    print(f"elapsed {time.perf_counter() - began:.2f}s")


asyncio.run(main())
