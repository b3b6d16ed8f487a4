import asyncio


async def child(n):
    print("child", n, "step 1")
    await asyncio.sleep(0)
    print("child", n, "step 2")


async def main():
    for i in range(3):
        asyncio.create_task(child(i))
    print("main: created")
    await asyncio.sleep(0)
    print("main: after one sleep(0)")
    await asyncio.sleep(0)
    print("main: after two sleep(0)")
    await asyncio.sleep(0)
    print("main: after three sleep(0)")


asyncio.run(main())
