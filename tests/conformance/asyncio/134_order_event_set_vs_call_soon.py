import asyncio


async def waiter(name, ev):
    await ev.wait()
    print(name, "woke")


async def main():
    loop = asyncio.get_running_loop()
    ev = asyncio.Event()
    asyncio.create_task(waiter("w1", ev))
    asyncio.create_task(waiter("w2", ev))
    await asyncio.sleep(0)
    loop.call_soon(print, "callback queued before set")
    ev.set()
    loop.call_soon(print, "callback queued after set")
    print("main yields")
    await asyncio.sleep(0)
    print("main resumed")
    await asyncio.sleep(0)
    print("main end")


asyncio.run(main())
