# PriorityQueue and LifoQueue: ordering, tuples with ties, and the nowait variants.
import asyncio


async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
        await pq.put(item)
    print("priority:", [pq.get_nowait() for _ in range(pq.qsize())])

    lq = asyncio.LifoQueue(maxsize=2)
    lq.put_nowait("a")
    lq.put_nowait("b")
    print("full:", lq.full(), lq.qsize(), lq.maxsize)
    try:
        lq.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull raised")
    print("lifo:", lq.get_nowait(), lq.get_nowait())
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty raised", lq.empty())

    q = asyncio.Queue()
    print(q.maxsize, q.empty(), q.full())

    async def producer():
        for i in range(3):
            await pq.put((10 - i, f"job{i}"))
            print("put", i)
            await asyncio.sleep(0.01)

    async def consumer():
        await asyncio.sleep(0.05)
        while not pq.empty():
            print("got", await pq.get())

    await asyncio.gather(producer(), consumer())


asyncio.run(main())
