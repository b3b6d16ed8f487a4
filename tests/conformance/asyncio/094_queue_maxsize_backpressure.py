import asyncio


async def producer(q):
    for i in range(5):
        print("producer putting", i)
        await q.put(i)
        print("producer put", i, "qsize", q.qsize())
    await q.put(None)


async def consumer(q):
    while True:
        await asyncio.sleep(0.01)
        item = await q.get()
        if item is None:
            break
        print("consumer got", item)


async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q), consumer(q))
    print("done; empty:", q.empty())


asyncio.run(main())
