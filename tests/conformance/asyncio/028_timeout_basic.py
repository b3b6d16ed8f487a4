import asyncio


async def main():
    try:
        async with asyncio.timeout(0.05) as cm:
            print("expired before:", cm.expired())
            await asyncio.sleep(1)
    except TimeoutError:
        print("TimeoutError raised")
    print("expired after:", cm.expired())

    async with asyncio.timeout(0.5) as cm2:
        await asyncio.sleep(0.01)
    print("fast body expired?", cm2.expired())

    async with asyncio.timeout(None) as cm3:
        await asyncio.sleep(0.01)
    print("None deadline when():", cm3.when())


asyncio.run(main())
