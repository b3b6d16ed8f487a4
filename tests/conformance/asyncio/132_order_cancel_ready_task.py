import asyncio


async def looper():
    for i in range(5):
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError:
            print("cancelled at iteration", i)
            raise
        print("iteration", i)


async def main():
    t = asyncio.create_task(looper())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    print("cancel requested")
    await asyncio.gather(t, return_exceptions=True)
    print("cancelled:", t.cancelled())


asyncio.run(main())
