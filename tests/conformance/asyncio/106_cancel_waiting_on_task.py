import asyncio


async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise


async def outer(t):
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled")
        raise


async def main():
    it = asyncio.create_task(inner())
    ot = asyncio.create_task(outer(it))
    await asyncio.sleep(0.01)
    ot.cancel()
    await asyncio.gather(ot, return_exceptions=True)
    await asyncio.sleep(0)
    print("outer cancelled:", ot.cancelled(), "inner cancelled:", it.cancelled())

    it2 = asyncio.create_task(inner())
    ot2 = asyncio.create_task(outer(it2))
    await asyncio.sleep(0.01)
    it2.cancel()
    await asyncio.gather(ot2, return_exceptions=True)
    print("inner2 cancelled -> outer2 cancelled:", ot2.cancelled())


asyncio.run(main())
