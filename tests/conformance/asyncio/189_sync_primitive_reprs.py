# The reprs of asyncio's synchronisation primitives carry their state in brackets:
# a Barrier filling, draining, resetting and broken; Lock, Event, Condition, Semaphore
# and BoundedSemaphore with and without waiters. Addresses are masked.
import asyncio


def shown(obj):
    head, *tails = repr(obj).split(" at 0x")
    return head + "".join(" at 0x?" + t.lstrip("0123456789abcdef") for t in tails)


async def party(barrier, name, log):
    try:
        index = await barrier.wait()
        log.append(f"{name} passed as {index}")
    except asyncio.BrokenBarrierError as e:
        log.append(f"{name} broken: {e}")


async def barrier_states():
    log = []
    barrier = asyncio.Barrier(3)
    print(shown(barrier))
    a = asyncio.create_task(party(barrier, "a", log))
    await asyncio.sleep(0)
    print(shown(barrier))
    b = asyncio.create_task(party(barrier, "b", log))
    await asyncio.sleep(0)
    print(shown(barrier), barrier.n_waiting, barrier.broken)
    c = asyncio.create_task(party(barrier, "c", log))
    for _ in range(6):
        await asyncio.sleep(0)
        print(shown(barrier), barrier.n_waiting)
    await asyncio.gather(a, b, c)
    print(shown(barrier), log)

    log.clear()
    a = asyncio.create_task(party(barrier, "a", log))
    b = asyncio.create_task(party(barrier, "b", log))
    await asyncio.sleep(0)
    print(shown(barrier))
    resetting = asyncio.create_task(barrier.reset())
    await asyncio.sleep(0)
    print(shown(barrier), barrier.n_waiting)
    for _ in range(4):
        await asyncio.sleep(0)
        print(shown(barrier))
    await asyncio.gather(a, b, resetting)
    print(shown(barrier), sorted(log))

    log.clear()
    a = asyncio.create_task(party(barrier, "a", log))
    await asyncio.sleep(0)
    await barrier.abort()
    print(shown(barrier), barrier.broken, barrier.n_waiting)
    await a
    print(shown(barrier), log)
    await barrier.reset()
    print(shown(barrier))

    one = asyncio.Barrier(1)
    async with one as index:
        print("single party", index, shown(one))
    print(shown(one))


class NamedLock(asyncio.Lock):
    pass


async def hold(prim, seconds):
    async with prim:
        await asyncio.sleep(seconds)


async def other_primitives():
    lock = asyncio.Lock()
    print(shown(lock))
    await lock.acquire()
    print(shown(lock))
    waiter = asyncio.create_task(hold(lock, 0))
    await asyncio.sleep(0)
    print(shown(lock))
    lock.release()
    await waiter
    print(shown(lock))
    print(shown(NamedLock()))

    event = asyncio.Event()
    print(shown(event))
    waiters = [asyncio.create_task(event.wait()) for _ in range(2)]
    await asyncio.sleep(0)
    print(shown(event))
    event.set()
    print(shown(event))
    await asyncio.gather(*waiters)
    print(shown(event))

    cond = asyncio.Condition()
    print(shown(cond))

    async def wait_on_cond():
        async with cond:
            await cond.wait()

    w = asyncio.create_task(wait_on_cond())
    await asyncio.sleep(0)
    print(shown(cond))
    async with cond:
        print(shown(cond))
        cond.notify_all()
    await w
    print(shown(cond))

    sem = asyncio.Semaphore(2)
    print(shown(sem))
    holders = [asyncio.create_task(hold(sem, 0.01)) for _ in range(3)]
    await asyncio.sleep(0)
    print(shown(sem))
    await asyncio.gather(*holders)
    print(shown(sem))
    bounded = asyncio.BoundedSemaphore(1)
    print(shown(bounded))
    async with bounded:
        print(shown(bounded))


async def main():
    await barrier_states()
    await other_primitives()


asyncio.run(main())
