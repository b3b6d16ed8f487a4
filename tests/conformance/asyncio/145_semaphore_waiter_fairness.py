import asyncio


async def waiter(name, sem):
    async with sem:
        print(name, "acquired")
        await asyncio.sleep(0.01)


async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    w1 = asyncio.create_task(waiter("w1", sem))
    w2 = asyncio.create_task(waiter("w2", sem))
    await asyncio.sleep(0.01)
    sem.release()
    print("main released; locked:", sem.locked())
    await sem.acquire()
    print("main re-acquired")
    sem.release()
    await asyncio.gather(w1, w2)


asyncio.run(main())
