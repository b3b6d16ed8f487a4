import asyncio


async def getter(q):
    try:
        return await q.get()
    except asyncio.CancelledError:
        print("getter cancelled")
        raise


async def main():
    q = asyncio.Queue()
    t = asyncio.create_task(getter(q))
    t_ok = asyncio.create_task(getter(q))
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.sleep(0.01)
    q.put_nowait("item")
    print("second getter received:", await t_ok)
    print("first cancelled:", t.cancelled(), "queue empty:", q.empty())


asyncio.run(main())
