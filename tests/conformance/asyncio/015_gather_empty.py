import asyncio


async def main():
    fut = asyncio.gather()
    print("done immediately?", fut.done())
    res = await fut
    print("result:", res)
    print("again:", await asyncio.gather(return_exceptions=True))


asyncio.run(main())
