# expected: loopscope (simulated network)
# requests blocks: called from a coroutine it freezes the whole event loop,
# and the ticker falls silent. asyncio.to_thread runs it in a worker thread
# instead, so the loop keeps ticking and the downloads overlap.
import asyncio
import time

import requests

URLS = ["https://google.com", "https://example.com", "https://httpbin.org/get"]


def sync_download(url):
    # This library blocks the whole program!
    return requests.get(url).status_code


async def ticker():
    while True:
        await asyncio.sleep(0.1)
        print("    tick")


async def timed(label, work):
    tick = asyncio.create_task(ticker())
    began = time.perf_counter()
    result = await work
    tick.cancel()
    print(f"{label}: {result} in {time.perf_counter() - began:.2f}s")


async def blocking():
    return [sync_download(url) for url in URLS]


async def offloaded():
    # We "offload" the blocking calls to threads.
    return await asyncio.gather(
        *(asyncio.to_thread(sync_download, url) for url in URLS))


async def main():
    await timed("in the loop", blocking())
    await timed("in threads", offloaded())


asyncio.run(main())
