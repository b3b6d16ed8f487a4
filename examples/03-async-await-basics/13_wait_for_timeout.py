# asyncio.wait_for gives up on an awaitable after a deadline: the work is
# cancelled and the caller gets TimeoutError.
import asyncio


async def fetch(name, seconds):
    await asyncio.sleep(seconds)
    return f"{name} arrived"


async def main():
    print(await asyncio.wait_for(fetch("quick", 0.5), timeout=2))
    try:
        await asyncio.wait_for(fetch("slow", 5), timeout=2)
    except asyncio.TimeoutError:
        print("slow: no answer within 2 seconds")


asyncio.run(main())
