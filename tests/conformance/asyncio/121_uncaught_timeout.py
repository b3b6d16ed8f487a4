import asyncio


async def main():
    print("about to time out")
    async with asyncio.timeout(0.02):
        await asyncio.sleep(1)


asyncio.run(main())
