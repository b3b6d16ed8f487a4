import asyncio
import time

ITEMS = 200_000


async def producer(q):
    for i in range(ITEMS):
        await q.put(i)
    await q.put(None)


async def consumer(q):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            return total
        total += item


async def main():
    q = asyncio.Queue(maxsize=100)
    _, total = await asyncio.gather(producer(q), consumer(q))
    print(total)


start = time.perf_counter()
asyncio.run(main())
print("#t", time.perf_counter() - start)
