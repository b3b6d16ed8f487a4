# gather wraps five one-second coroutines in tasks and queues them together;
# the loop interleaves their waits, so all five take about one second, not
# five.
import asyncio
import time


async def fetch(number):
    await asyncio.sleep(1)
    return f"page {number}"


async def main():
    began = time.perf_counter()
    pages = await asyncio.gather(*(fetch(n) for n in range(1, 6)))
    print(pages)
    print(f"five fetches in {time.perf_counter() - began:.1f}s")


asyncio.run(main())
