import asyncio


async def leaf(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def parent():
    try:
        await asyncio.gather(leaf("l1"), leaf("l2"), leaf("l3"))
    except asyncio.CancelledError:
        print("parent cancelled")
        raise


async def main():
    t = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    t.cancel("stop all")
    try:
        await t
    except asyncio.CancelledError as exc:
        print("main saw CancelledError", exc.args)


asyncio.run(main())
