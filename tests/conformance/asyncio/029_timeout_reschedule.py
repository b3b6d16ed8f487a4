import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout(None) as cm:
            print("when initially:", cm.when())
            cm.reschedule(loop.time() + 0.1)
            print("when set:", cm.when() is not None)
            await asyncio.sleep(0.5)
    except TimeoutError:
        elapsed = loop.time() - start
        print("timed out at the new deadline:", 0.099 <= elapsed < 0.4)

    start = loop.time()
    async with asyncio.timeout(0.05) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.1)
    print("rescheduled to None: survived, expired =", cm.expired())

    start = loop.time()
    try:
        async with asyncio.timeout(0.5) as cm:
            await asyncio.sleep(0.01)
            cm.reschedule(start + 0.1)
            await asyncio.sleep(1)
    except TimeoutError:
        elapsed = loop.time() - start
        print("shortened deadline fired:", 0.099 <= elapsed < 0.4)


asyncio.run(main())
