import asyncio


async def child():
    await asyncio.sleep(0.01)
    print("child returns")
    return "c"


async def waiter(t):
    r = await t
    print("waiter got", r)


async def main():
    t = asyncio.create_task(child())
    t.add_done_callback(lambda _: print("callback 1"))
    w = asyncio.create_task(waiter(t))
    await asyncio.sleep(0)
    t.add_done_callback(lambda _: print("callback 2"))
    r = await t
    print("main got", r)
    await w


asyncio.run(main())
