import asyncio


async def waiter(ev):
    await ev.wait()
    print("waiter woke even though event was cleared; is_set =", ev.is_set())


async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(waiter(ev))
    await asyncio.sleep(0.01)
    ev.set()
    ev.clear()
    print("set then clear immediately")
    await t
    ev.set()
    ev.set()
    print("double set fine:", ev.is_set())


asyncio.run(main())
