# asyncio.as_completed hands back results in the order they finish, so each one
# can be used as soon as it is ready.
import asyncio


async def job(label, seconds):
    await asyncio.sleep(seconds)
    return label


async def main():
    pending = [job("slow", 0.3), job("fast", 0.1), job("medium", 0.2)]
    for next_done in asyncio.as_completed(pending):
        print("finished:", await next_done)


asyncio.run(main())
