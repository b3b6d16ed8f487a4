# A semaphore caps how many requests hold a connection at the same time: with
# three slots, eight requests go out in three waves.
import asyncio
import time

began = time.perf_counter()
slots = asyncio.Semaphore(3)


async def request(number):
    async with slots:
        now = time.perf_counter() - began
        print(f"request {number} connected at {now:.1f}s")
        await asyncio.sleep(0.2)  # a simulated response time
    return number


async def main():
    done = await asyncio.gather(*(request(n) for n in range(8)))
    print(f"{len(done)} requests in {time.perf_counter() - began:.1f}s")


asyncio.run(main())
