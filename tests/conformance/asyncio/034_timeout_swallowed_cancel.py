import asyncio


async def main():
    async with asyncio.timeout(0.05) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("swallowed the cancellation")
        print("body continued")
    print("no TimeoutError; expired =", cm.expired())


asyncio.run(main())
