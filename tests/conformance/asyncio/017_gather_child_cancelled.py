import asyncio


async def child(name, d):
    await asyncio.sleep(d)
    return name


async def main():
    t1 = asyncio.create_task(child("one", 0.02))
    t2 = asyncio.create_task(child("two", 0.2))
    t3 = asyncio.create_task(child("three", 0.04))
    g = asyncio.gather(t1, t2, t3, return_exceptions=True)
    await asyncio.sleep(0.01)
    t2.cancel()
    res = await g
    for r in res:
        print(type(r).__name__, r if isinstance(r, str) else "")

    t4 = asyncio.create_task(child("four", 0.2))
    g2 = asyncio.gather(t4, child("five", 0.01))
    await asyncio.sleep(0.02)
    t4.cancel()
    try:
        await g2
    except asyncio.CancelledError:
        print("g2 raised CancelledError; g2.cancelled() =", g2.cancelled())


asyncio.run(main())
