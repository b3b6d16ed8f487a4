import asyncio


async def waiter(lock):
    async with lock:
        print("waiter got the lock")
        await asyncio.sleep(0.01)
    print("waiter released")


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    w = asyncio.create_task(waiter(lock))
    await asyncio.sleep(0.01)
    lock.release()
    print("main released; locked now?", lock.locked())
    await lock.acquire()
    print("main re-acquired after waiter finished")
    lock.release()
    await w


asyncio.run(main())
