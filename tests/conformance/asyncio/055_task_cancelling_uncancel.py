import asyncio


async def stubborn():
    me = asyncio.current_task()
    for i in range(3):
        try:
            await asyncio.sleep(0.5)
        except asyncio.CancelledError:
            print(f"round {i}: cancelling() = {me.cancelling()}")
            left = me.uncancel()
            print(f"round {i}: uncancel() -> {left}")
    return "survived"


async def main():
    t = asyncio.create_task(stubborn())
    for _ in range(3):
        await asyncio.sleep(0.01)
        t.cancel()
    print("result:", await t)

    t2 = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t2.cancel()
    t2.cancel()
    print("double cancel cancelling():", t2.cancelling())
    await asyncio.gather(t2, return_exceptions=True)
    print("after finishing cancelling():", t2.cancelling())


asyncio.run(main())
