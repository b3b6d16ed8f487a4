import asyncio


async def child(n):
    print("child", n, "ran")


async def main():
    t = asyncio.create_task(child(1))
    print("created; done?", t.done())
    print("main continues without awaiting")
    await asyncio.sleep(0)
    print("after sleep(0); done?", t.done())


asyncio.run(main())
