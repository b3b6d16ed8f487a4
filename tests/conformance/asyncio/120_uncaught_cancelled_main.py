import asyncio


async def main():
    print("main cancels itself")
    asyncio.current_task().cancel()
    await asyncio.sleep(0)
    print("not reached")


asyncio.run(main())
