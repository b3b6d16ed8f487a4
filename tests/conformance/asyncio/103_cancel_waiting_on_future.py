import asyncio


async def waits_on(fut):
    try:
        await fut
    except asyncio.CancelledError:
        print("waiter cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(waits_on(fut))
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("awaited future cancelled too:", fut.cancelled())

    fut2 = loop.create_future()
    t2 = asyncio.create_task(waits_on(fut2))
    await asyncio.sleep(0.01)
    fut2.cancel()
    await asyncio.gather(t2, return_exceptions=True)
    print("future cancelled -> task cancelled:", t2.cancelled())


asyncio.run(main())
