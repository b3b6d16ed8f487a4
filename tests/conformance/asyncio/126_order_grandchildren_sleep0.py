import asyncio


async def grandchild(tag):
    print("  grandchild", tag)


async def child(tag):
    print(" child", tag, "start")
    asyncio.create_task(grandchild(tag))
    await asyncio.sleep(0)
    print(" child", tag, "resumed")


async def main():
    asyncio.create_task(child("A"))
    asyncio.create_task(child("B"))
    print("main: round 0")
    await asyncio.sleep(0)
    print("main: round 1")
    await asyncio.sleep(0)
    print("main: round 2")
    await asyncio.sleep(0)
    print("main: round 3")


asyncio.run(main())
