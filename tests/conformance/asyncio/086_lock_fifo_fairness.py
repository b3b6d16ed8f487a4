import asyncio


async def worker(name, lock, log):
    async with lock:
        log.append(name)
        print(name, "holds lock")
        await asyncio.sleep(0.01)
    print(name, "released")


async def main():
    lock = asyncio.Lock()
    log = []
    await lock.acquire()
    tasks = []
    for n in ["w1", "w2", "w3", "w4"]:
        tasks.append(asyncio.create_task(worker(n, lock, log)))
        await asyncio.sleep(0)
    print("main releasing; locked =", lock.locked())
    lock.release()
    await asyncio.gather(*tasks)
    print("order:", log)
    print("locked at end:", lock.locked())


asyncio.run(main())
