# bench-measure: peak-rss
import asyncio

TASKS = 100_000


async def wait(i):
    await asyncio.sleep(0.5)
    return i


async def main():
    tasks = [asyncio.create_task(wait(i)) for i in range(TASKS)]
    await asyncio.sleep(0)
    pending = sum(not t.done() for t in tasks)
    results = await asyncio.gather(*tasks)
    print(pending, len(results), sum(results))


asyncio.run(main())
