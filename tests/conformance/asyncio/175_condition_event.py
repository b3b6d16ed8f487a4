# Condition.wait_for with a predicate, notify(n) and notify_all, and Event waiters
# released together.
import asyncio


async def main():
    cond = asyncio.Condition()
    stock = []

    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: stock)
            item = stock.pop(0)
            print(name, "took", item)

    consumers = [asyncio.create_task(consumer(f"c{i}")) for i in range(3)]
    await asyncio.sleep(0.01)
    for item in ["apple", "pear"]:
        async with cond:
            stock.append(item)
            cond.notify()
        await asyncio.sleep(0.01)
    async with cond:
        stock.append("plum")
        cond.notify_all()
    await asyncio.gather(*consumers)

    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

    ev = asyncio.Event()

    async def waiter(i):
        await ev.wait()
        print("waiter", i, "released")

    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.01)
    print("setting")
    ev.set()
    await asyncio.gather(*ws)
    lock = asyncio.Lock()
    async with lock:
        print("locked:", lock.locked())
    print("locked:", lock.locked())


asyncio.run(main())
