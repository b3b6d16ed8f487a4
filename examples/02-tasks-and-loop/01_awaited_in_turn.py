# Awaiting coroutines directly runs them in turn: the second request starts
# only after the first has finished, so the waits add up (about 1.2 s).
import asyncio
import time

PAGES = [("home", 0.5), ("about", 0.3), ("contact", 0.4)]


async def request(page, latency):
    await asyncio.sleep(latency)  # a simulated network request
    return f"<{page}> after {latency}s"


async def main():
    began = time.perf_counter()
    for page, latency in PAGES:
        print(await request(page, latency))
    print(f"total {time.perf_counter() - began:.1f}s")


asyncio.run(main())
