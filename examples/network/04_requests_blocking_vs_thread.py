# expected: loopscope (simulated network)
# requests is blocking: called in a coroutine, it blocks the whole event loop, so the
# ticker below falls silent and the three downloads happen one after another. Run in
# asyncio.to_thread, each call blocks only its own thread: the loop keeps ticking and
# the downloads overlap.
import asyncio
import time

import requests

URLS = ["https://google.com/", "https://example.com/", "https://httpbin.org/get"]


def download(url):
    response = requests.get(url)
    return response.status_code, len(response.content)


async def ticker():
    while True:
        await asyncio.sleep(0.1)
        print("    tick")


async def run(name, work):
    tick = asyncio.create_task(ticker())
    start = time.perf_counter()
    results = await work()
    tick.cancel()
    print(f"{name}: {results} in {time.perf_counter() - start:.2f}s")


async def blocking():
    return [download(url) for url in URLS]


async def in_threads():
    return await asyncio.gather(*(asyncio.to_thread(download, url) for url in URLS))


async def main():
    await run("requests in the loop", blocking)
    await run("requests in to_thread", in_threads)


asyncio.run(main())
