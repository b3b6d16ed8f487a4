import asyncio


async def alpha():
    await asyncio.sleep(0)


async def beta(x):
    return x


async def main():
    t1 = asyncio.create_task(alpha())
    t2 = asyncio.create_task(beta(3))
    print(t1.get_coro().__name__, t1.get_coro().cr_code.co_name)
    print(t2.get_coro().__qualname__)
    print("current:", asyncio.current_task().get_coro().__name__)
    await asyncio.gather(t1, t2)
    print("after completion still:", t2.get_coro().__name__)


asyncio.run(main())
