import asyncio


async def main():
    q = asyncio.LifoQueue(maxsize=3)
    for ch in "abc":
        await q.put(ch)
    print("full:", q.full())
    print("pop order:", [q.get_nowait() for _ in range(3)])
    await q.put("x")
    await q.put("y")
    print("get:", await q.get())
    await q.put("z")
    print("rest:", q.get_nowait(), q.get_nowait())
    print("empty:", q.empty())


asyncio.run(main())
