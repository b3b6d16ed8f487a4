import asyncio


async def getter(name, q):
    item = await q.get()
    print(name, "got", item)


async def main():
    q = asyncio.Queue()
    tasks = []
    for n in ("g1", "g2", "g3"):
        tasks.append(asyncio.create_task(getter(n, q)))
    await asyncio.sleep(0.01)
    for item in ("first", "second", "third"):
        q.put_nowait(item)
        print("put", item)
    await asyncio.gather(*tasks)


asyncio.run(main())
