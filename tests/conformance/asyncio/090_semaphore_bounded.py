import asyncio


async def main():
    sem = asyncio.Semaphore(1)
    sem.release()
    sem.release()
    print("plain Semaphore over-release allowed; locked:", sem.locked())
    await sem.acquire()
    await sem.acquire()
    await sem.acquire()
    print("three acquires ok; locked:", sem.locked())

    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as exc:
        print("BoundedSemaphore over-release:", exc)
    try:
        asyncio.Semaphore(-1)
    except ValueError as exc:
        print("negative value:", exc)
    z = asyncio.Semaphore(0)
    print("Semaphore(0) locked:", z.locked())


asyncio.run(main())
