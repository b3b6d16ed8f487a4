import asyncio


async def child():
    await asyncio.sleep(0.01)
    raise KeyError("child key")


async def main():
    t = asyncio.create_task(child())
    print("awaiting child")
    await t


asyncio.run(main())
