import asyncio


async def ok(v):
    await asyncio.sleep(0.01)
    return v


async def bad(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def main():
    res = await asyncio.gather(ok(1), bad("boom"), ok(3), bad("bang"), return_exceptions=True)
    for r in res:
        if isinstance(r, BaseException):
            print("exception:", type(r).__name__, r)
        else:
            print("value:", r)


asyncio.run(main())
