import asyncio


def first(loop):
    print("first")
    loop.call_soon(print, "scheduled by first")


def second():
    print("second")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(first, loop)
    loop.call_soon(second)
    await asyncio.sleep(0)
    print("main after sleep(0) #1")
    await asyncio.sleep(0)
    print("main after sleep(0) #2")


asyncio.run(main())
