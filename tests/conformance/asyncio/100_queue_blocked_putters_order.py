import asyncio


async def putter(name, q):
    await q.put(name)
    print(name, "put done")


async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("seed")
    tasks = [asyncio.create_task(putter(f"p{i}", q)) for i in range(3)]
    await asyncio.sleep(0.01)
    print("blocked putters; qsize", q.qsize())
    for _ in range(4):
        print("main got", await q.get())
        await asyncio.sleep(0.01)
    await asyncio.gather(*tasks)


asyncio.run(main())
