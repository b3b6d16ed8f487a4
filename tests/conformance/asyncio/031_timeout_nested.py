import asyncio


async def main():
    try:
        async with asyncio.timeout(0.1) as outer:
            try:
                async with asyncio.timeout(0.5) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner caught (unexpected)")
            print("not reached")
    except TimeoutError:
        print("outer fired; outer.expired =", outer.expired(), "inner.expired =", inner.expired())

    async with asyncio.timeout(0.5) as outer2:
        try:
            async with asyncio.timeout(0.05) as inner2:
                await asyncio.sleep(1)
        except TimeoutError:
            print("inner2 fired; inner2.expired =", inner2.expired())
        await asyncio.sleep(0.01)
    print("outer2 expired =", outer2.expired())


asyncio.run(main())
