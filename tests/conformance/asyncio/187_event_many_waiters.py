# Many tasks waiting on one Event: each waiter removes itself from the waiter list when
# woken (a membership test then a removal), which must stay cheap per waiter.
import asyncio


async def main():
    event = asyncio.Event()
    woken = 0

    async def waiter():
        nonlocal woken
        await event.wait()
        woken += 1

    tasks = [asyncio.create_task(waiter()) for _ in range(3000)]
    await asyncio.sleep(0)
    print("waiting:", len(event._waiters))
    event.set()
    await asyncio.gather(*tasks)
    print("woken:", woken, "left:", len(event._waiters))

    lock = asyncio.Lock()
    order = []

    async def locker(i):
        async with lock:
            order.append(i)
            await asyncio.sleep(0)

    await asyncio.gather(*(locker(i) for i in range(2000)))
    print("locked in order:", order == list(range(2000)))


asyncio.run(main())
