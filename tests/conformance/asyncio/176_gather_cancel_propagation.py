# gather: cancelling the gather cancels its children; a child cancelled on its own
# makes gather raise CancelledError (or return it with return_exceptions=True).
import asyncio


async def work(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    g = asyncio.gather(work("a", 1), work("b", 1))
    await asyncio.sleep(0.01)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")

    t1 = asyncio.create_task(work("c", 0.05))
    t2 = asyncio.create_task(work("d", 0.02))
    g2 = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(0.01)
    t1.cancel()
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in await g2])

    t3 = asyncio.create_task(work("e", 0.05))
    g3 = asyncio.gather(t3, work("f", 0.02))
    await asyncio.sleep(0.01)
    t3.cancel()
    try:
        await g3
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    await asyncio.sleep(0.03)


asyncio.run(main())
