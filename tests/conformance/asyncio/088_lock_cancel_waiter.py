import asyncio


async def contender(name, lock):
    try:
        async with lock:
            print(name, "acquired")
    except asyncio.CancelledError:
        print(name, "cancelled while waiting for lock")
        raise


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(contender("a", lock))
    b = asyncio.create_task(contender("b", lock))
    c = asyncio.create_task(contender("c", lock))
    await asyncio.sleep(0.01)
    b.cancel()
    await asyncio.sleep(0.01)
    lock.release()
    await asyncio.gather(a, b, c, return_exceptions=True)
    print("states:", a.cancelled(), b.cancelled(), c.cancelled())
    print("locked:", lock.locked())


asyncio.run(main())
