import asyncio


async def on_event(ev):
    try:
        await ev.wait()
    except asyncio.CancelledError:
        print("event waiter cancelled")
        raise


async def on_lock(lock):
    try:
        await lock.acquire()
    except asyncio.CancelledError:
        print("lock waiter cancelled")
        raise


async def main():
    ev = asyncio.Event()
    lock = asyncio.Lock()
    await lock.acquire()
    t1 = asyncio.create_task(on_event(ev))
    t2 = asyncio.create_task(on_lock(lock))
    await asyncio.sleep(0.01)
    t1.cancel()
    await asyncio.sleep(0.01)
    t2.cancel()
    await asyncio.gather(t1, t2, return_exceptions=True)
    ev.set()
    lock.release()
    print("lock free after cancelled waiter:", not lock.locked())
    print("acquire again:", await lock.acquire())


asyncio.run(main())
