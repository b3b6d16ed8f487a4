import asyncio
import time

SWITCHES = 20_000


async def spin(counts, i):
    for _ in range(SWITCHES):
        counts[i] += 1
        await asyncio.sleep(0)


async def main():
    counts = [0] * 50
    await asyncio.gather(*(spin(counts, i) for i in range(50)))
    print(sum(counts))


start = time.perf_counter()
asyncio.run(main())
print("#t", time.perf_counter() - start)
