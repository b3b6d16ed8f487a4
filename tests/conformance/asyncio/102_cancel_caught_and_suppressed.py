import asyncio


async def swallow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("caught and suppressed")
    return "returned normally"


async def reraise():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("caught, re-raising")
        raise


async def main():
    a = asyncio.create_task(swallow())
    b = asyncio.create_task(reraise())
    await asyncio.sleep(0.01)
    a.cancel()
    b.cancel()
    ra, rb = await asyncio.gather(a, b, return_exceptions=True)
    print("a:", ra, "| cancelled:", a.cancelled())
    print("b:", type(rb).__name__, "| cancelled:", b.cancelled())
    print("CancelledError is BaseException only:",
          issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))


asyncio.run(main())
