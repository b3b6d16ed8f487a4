import asyncio


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner swallowed cancellation")
        return "late value"


async def main():
    try:
        r = await asyncio.wait_for(stubborn(), 0.02)
        print("wait_for returned:", r)
    except TimeoutError:
        print("TimeoutError")


asyncio.run(main())
