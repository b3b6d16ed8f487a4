import asyncio


async def main():
    q = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent"), (5, "later")]:
        q.put_nowait(item)
    print("qsize:", q.qsize())
    while not q.empty():
        prio, name = await q.get()
        print(prio, name)
    bounded = asyncio.PriorityQueue(maxsize=1)
    bounded.put_nowait((0, "only"))
    try:
        bounded.put_nowait((-1, "jump"))
    except asyncio.QueueFull:
        print("PriorityQueue full")


asyncio.run(main())
