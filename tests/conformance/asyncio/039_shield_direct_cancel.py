import asyncio


async def work():
    await asyncio.sleep(0.03)
    return 99


async def main():
    inner = asyncio.create_task(work())
    shielded = asyncio.shield(inner)
    await asyncio.sleep(0.01)
    shielded.cancel()
    print("shield future cancelled:", shielded.cancelled())
    print("inner cancelled:", inner.cancelled())
    print("inner result:", await inner)

    inner2 = asyncio.create_task(work())
    sh2 = asyncio.shield(inner2)
    await asyncio.sleep(0.01)
    inner2.cancel()
    try:
        await sh2
    except asyncio.CancelledError:
        print("inner cancelled -> shield outer cancelled:", sh2.cancelled())

    done_fut = asyncio.get_running_loop().create_future()
    done_fut.set_result("x")
    print("shield of done future returns it:", asyncio.shield(done_fut) is done_fut)


asyncio.run(main())
