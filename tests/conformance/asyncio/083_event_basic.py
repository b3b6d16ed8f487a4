import asyncio


async def waiter(name, ev):
    print(name, "waiting")
    r = await ev.wait()
    print(name, "woke, wait() returned", r)


async def main():
    ev = asyncio.Event()
    print("is_set:", ev.is_set())
    tasks = [asyncio.create_task(waiter(f"w{i}", ev)) for i in range(3)]
    await asyncio.sleep(0.01)
    print("setting")
    ev.set()
    print("is_set:", ev.is_set())
    await asyncio.gather(*tasks)
    print("wait on set event returns immediately:", await ev.wait())
    ev.clear()
    print("after clear:", ev.is_set())


asyncio.run(main())
