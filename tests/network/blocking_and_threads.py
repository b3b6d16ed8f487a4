# expected: loopscope (simulated network)
# requests blocks the thread that calls it: in a coroutine it blocks the whole loop (the
# heartbeat stops), while asyncio.to_thread lets the loop run and the requests overlap.
import asyncio
import time
import requests
import loopscope.network

loopscope.network.configure(latency=0.2, jitter=0)
URLS = ["https://example.com/", "https://httpbin.org/get", "https://google.com/"]


async def heartbeat(label):
    beats = 0
    while True:
        await asyncio.sleep(0.05)
        beats += 1
        print(f"  {label} beat {beats} at {asyncio.get_running_loop().time():.2f}")


async def blocking():
    return [requests.get(url).status_code for url in URLS]


async def threaded():
    responses = await asyncio.gather(*(asyncio.to_thread(requests.get, url) for url in URLS))
    return [r.status_code for r in responses]


async def main():
    for work in (blocking, threaded):
        beat = asyncio.create_task(heartbeat(work.__name__))
        await asyncio.sleep(0)
        start = time.perf_counter()
        statuses = await work()
        print(f"{work.__name__}: {statuses} in {time.perf_counter() - start:.2f}s")
        beat.cancel()


asyncio.run(main())
