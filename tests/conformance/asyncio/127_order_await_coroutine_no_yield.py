import asyncio


async def no_suspend(n):
    print("helper", n)
    return n


async def background():
    print("background ran")


async def main():
    asyncio.create_task(background())
    total = 0
    for i in range(3):
        total += await no_suspend(i)
    print("awaited three coroutines without yielding; total", total)
    done = asyncio.get_running_loop().create_future()
    done.set_result("already")
    print("await done future:", await done)
    print("still before background")
    await asyncio.sleep(0)
    print("after sleep(0)")


asyncio.run(main())
