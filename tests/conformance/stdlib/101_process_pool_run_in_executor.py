# loop.run_in_executor with a process pool: the loop keeps running while workers compute,
# and gather collects their results in order.
import asyncio
from concurrent.futures import ProcessPoolExecutor


def total(n):
    return sum(i * i for i in range(n))


async def ticker(ticks):
    for _ in range(3):
        ticks.append('tick')
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    ticks = []
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(
            ticker(ticks),
            *(loop.run_in_executor(pool, total, n) for n in (10, 100, 1000, 10000)),
        )
    print(results[1:])
    print(ticks)


if __name__ == "__main__":
    asyncio.run(main())
