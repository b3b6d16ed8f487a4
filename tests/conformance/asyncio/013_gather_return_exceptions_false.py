import asyncio


async def slow(name):
    try:
        await asyncio.sleep(0.05)
        print(name, "completed")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def failing():
    await asyncio.sleep(0.01)
    raise KeyError("missing")


async def main():
    t1 = asyncio.create_task(slow("s1"))
    t2 = asyncio.create_task(slow("s2"))
    try:
        await asyncio.gather(t1, failing(), t2)
    except KeyError as exc:
        print("gather raised KeyError", exc)
    print("s1 done?", t1.done(), "s2 done?", t2.done())
    await asyncio.sleep(0.08)
    print("results:", t1.result(), t2.result())


asyncio.run(main())
