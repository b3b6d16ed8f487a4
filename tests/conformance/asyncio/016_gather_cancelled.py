import asyncio


async def child(name, d):
    try:
        await asyncio.sleep(d)
        return name
    except asyncio.CancelledError:
        print(name, "got CancelledError")
        raise


async def main():
    g = asyncio.gather(child("a", 0.2), child("b", 0.3))
    await asyncio.sleep(0.02)
    print("cancel returned", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("awaiting gather raised CancelledError")
    print("gather cancelled()?", g.cancelled())


asyncio.run(main())
