import asyncio


async def countdown(n):
    while n > 0:
        await asyncio.sleep(0)
        yield n
        n -= 1
    print("generator exhausted")


async def main():
    async for v in countdown(3):
        print("value", v)
    agen = countdown(2)
    print("type:", type(agen).__name__)
    print("anext:", await anext(agen))
    print("__anext__:", await agen.__anext__())
    try:
        await anext(agen)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    print("anext default:", await anext(agen, "fallback"))


asyncio.run(main())
