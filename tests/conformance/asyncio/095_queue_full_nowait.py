import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    q.put_nowait("a")
    q.put_nowait("b")
    print("full:", q.full())
    try:
        q.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull raised")
    print("get_nowait:", q.get_nowait())
    q.put_nowait("c")
    print("contents:", q.get_nowait(), q.get_nowait())
    try:
        await asyncio.wait_for(q.get(), 0.05)
    except TimeoutError:
        print("get() timed out on empty queue")
    q2 = asyncio.Queue(maxsize=1)
    await q2.put(1)
    try:
        await asyncio.wait_for(q2.put(2), 0.05)
    except TimeoutError:
        print("put() timed out on full queue; qsize", q2.qsize())


asyncio.run(main())
