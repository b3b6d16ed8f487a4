import asyncio


async def waiter(name, cond):
    async with cond:
        try:
            await cond.wait()
            print(name, "notified")
        except asyncio.CancelledError:
            print(name, "cancelled; lock held again:", cond.locked())
            raise


async def main():
    cond = asyncio.Condition()
    a = asyncio.create_task(waiter("a", cond))
    b = asyncio.create_task(waiter("b", cond))
    c = asyncio.create_task(waiter("c", cond))
    await asyncio.sleep(0.01)
    a.cancel()
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify(1)
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify_all()
    await asyncio.gather(a, b, c, return_exceptions=True)
    print("lock released at end:", not cond.locked())


asyncio.run(main())
