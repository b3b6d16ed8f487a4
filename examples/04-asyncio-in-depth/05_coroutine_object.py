# compute(3, 4) does not compute anything yet: it returns a coroutine object.
# Only awaiting it runs the body and produces 7.
import asyncio


async def compute(x, y):
    await asyncio.sleep(0.1)  # stands in for real work
    return x + y


async def main():
    coro = compute(3, 4)
    print(type(coro))
    print("result:", await coro)


asyncio.run(main())
