import asyncio
import time


async def tick(i):
    await asyncio.sleep(0)
    return i


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(*(tick(i) for i in range(100_000)))
    print(len(results), sum(results))
    print("#t", time.perf_counter() - start)
