# Semaphore and BoundedSemaphore: counts, locked(), releasing too often, bad values,
# and limiting concurrency.
import asyncio


async def main():
    sem = asyncio.Semaphore(2)
    print(sem.locked())
    async with sem:
        async with sem:
            print("both held, locked:", sem.locked())
    sem.release()
    print("extra release allowed on Semaphore, locked:", sem.locked())

    bsem = asyncio.BoundedSemaphore(1)
    async with bsem:
        pass
    try:
        bsem.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

    running = 0
    peak = 0
    limit = asyncio.Semaphore(3)

    async def job(i):
        nonlocal running, peak
        async with limit:
            running += 1
            peak = max(peak, running)
            await asyncio.sleep(0.02)
            running -= 1
        return i

    print(await asyncio.gather(*(job(i) for i in range(7))), "peak", peak)

    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    ev = asyncio.Event()
    print(ev.is_set())
    ev.set()
    await ev.wait()
    ev.clear()
    print(ev.is_set())


asyncio.run(main())
