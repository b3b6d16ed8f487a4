import asyncio

cancelled_names = []


async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        cancelled_names.append(name)
        raise


async def runner():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c1"))
            tg.create_task(child("c2"))
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("runner sees CancelledError (not a group)")
        print("children cancelled:", sorted(cancelled_names))
        raise


async def main():
    t = asyncio.create_task(runner())
    await asyncio.sleep(0.02)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("runner cancelled:", t.cancelled())


asyncio.run(main())
