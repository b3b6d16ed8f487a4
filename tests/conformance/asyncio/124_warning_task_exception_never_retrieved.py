import asyncio


async def explode():
    raise ValueError("nobody looks at me")


async def main():
    asyncio.create_task(explode())
    await asyncio.sleep(0.01)
    print("task failed silently in the background")
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
print("after run")
