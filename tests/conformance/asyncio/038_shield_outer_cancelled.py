import asyncio


async def important():
    print("important: start")
    await asyncio.sleep(0.05)
    print("important: finished")
    return "saved"


async def caller(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("caller: cancelled while shielded")
        raise


async def main():
    inner = asyncio.create_task(important())
    outer = asyncio.create_task(caller(inner))
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("main: outer cancelled =", outer.cancelled())
    print("inner done yet?", inner.done())
    print("inner result:", await inner)


asyncio.run(main())
