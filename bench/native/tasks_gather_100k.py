import asyncio
import time


async def tick(i):
    await asyncio.sleep(0)
    return i


async def main():
    results = await asyncio.gather(*(tick(i) for i in range(100_000)))
    print(len(results), sum(results))


start = time.perf_counter()
asyncio.run(main())
print("#t", time.perf_counter() - start)
