# wait_for corners: timeout=None, timeout=0 on a done future and on a pending one,
# a negative timeout, the inner exception passing through, and the inner task cancelled.
import asyncio


async def value(v, delay=0):
    await asyncio.sleep(delay)
    return v


async def fail():
    await asyncio.sleep(0.01)
    raise KeyError("inner")


async def main():
    print(await asyncio.wait_for(value(1, 0.01), timeout=None))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result("ready")
    print(await asyncio.wait_for(fut, timeout=0))
    task = asyncio.create_task(value(2, 0.05))
    try:
        await asyncio.wait_for(task, timeout=0)
    except asyncio.TimeoutError as e:
        print("TimeoutError", repr(e), task.cancelled())
    try:
        await asyncio.wait_for(value(3, 0.05), timeout=-1)
    except TimeoutError:
        print("negative timeout times out")
    try:
        await asyncio.wait_for(fail(), timeout=1)
    except KeyError as e:
        print("KeyError passes through:", e)
    inner = asyncio.create_task(value(4, 0.5))
    try:
        await asyncio.wait_for(inner, timeout=0.02)
    except TimeoutError:
        await asyncio.sleep(0)
        print("inner cancelled:", inner.cancelled())
    print(asyncio.TimeoutError is TimeoutError)


asyncio.run(main())
