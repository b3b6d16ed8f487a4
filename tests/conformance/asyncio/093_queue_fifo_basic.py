import asyncio


async def main():
    q = asyncio.Queue()
    print("empty:", q.empty(), "full:", q.full(), "qsize:", q.qsize(), "maxsize:", q.maxsize)
    for i in range(3):
        await q.put(i)
    q.put_nowait("x")
    print("qsize:", q.qsize(), "full (unbounded):", q.full())
    out = []
    while not q.empty():
        out.append(await q.get())
    print("got:", out)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty raised; type name:", asyncio.QueueEmpty.__name__)


asyncio.run(main())
