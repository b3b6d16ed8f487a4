import asyncio


async def value_after(v, delay):
    await asyncio.sleep(delay)
    print("finished", v)
    return v


async def main():
    res = await asyncio.gather(
        value_after("c", 0.07),
        value_after("a", 0.01),
        value_after("b", 0.04),
    )
    print(res)
    print(type(res).__name__)


asyncio.run(main())
