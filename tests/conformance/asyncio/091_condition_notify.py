import asyncio


async def consumer(name, cond, items):
    async with cond:
        while not items:
            print(name, "waiting")
            await cond.wait()
        item = items.pop(0)
        print(name, "took", item)


async def main():
    cond = asyncio.Condition()
    items = []
    tasks = [asyncio.create_task(consumer(f"c{i}", cond, items)) for i in range(3)]
    await asyncio.sleep(0.01)
    async with cond:
        items.append("apple")
        cond.notify()
        print("notified one")
    await asyncio.sleep(0.01)
    async with cond:
        items.extend(["pear", "plum"])
        cond.notify(2)
        print("notified two")
    await asyncio.gather(*tasks)


asyncio.run(main())
