import asyncio


async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as exc:
        print("release unlocked:", exc)
    print("acquire returns:", await lock.acquire())
    print("locked:", lock.locked())
    lock.release()
    async with lock as value:
        print("async with value:", value)
        print("locked inside:", lock.locked())
    print("locked after:", lock.locked())
    try:
        async with lock:
            raise ValueError("inside lock")
    except ValueError:
        print("exception released lock:", not lock.locked())


asyncio.run(main())
