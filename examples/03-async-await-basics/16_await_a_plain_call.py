# The opposite mistake: time.sleep is a plain function that returns None, and
# None is not awaitable, so `await time.sleep(...)` raises TypeError (after
# blocking first).
import asyncio
import time


async def main():
    try:
        await time.sleep(0.1)
    except TypeError as error:
        print("TypeError:", error)
    await asyncio.sleep(0.1)  # the awaitable version
    print("asyncio.sleep can be awaited")


asyncio.run(main())
