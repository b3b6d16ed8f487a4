import asyncio


async def long():
    await asyncio.sleep(1)


async def short():
    await asyncio.sleep(0.02)
    return "short ok"


async def main():
    async with asyncio.TaskGroup() as tg:
        victim = tg.create_task(long())
        survivor = tg.create_task(short())
        await asyncio.sleep(0.01)
        victim.cancel()
    print("group exited cleanly")
    print("victim cancelled:", victim.cancelled())
    print("survivor:", survivor.result())


asyncio.run(main())
