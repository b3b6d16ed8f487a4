# The tutorials' producer/consumer: a bounded queue, a None sentinel per consumer,
# and a check that the two consumers overlapped.
import asyncio
import time


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print(f"produced {i} (size {q.qsize()})", flush=True)
        await asyncio.sleep(0.01)
    for _ in range(2):
        await q.put(None)


async def consumer(name, q, results):
    while True:
        item = await q.get()
        if item is None:
            print(f"{name} stops")
            break
        await asyncio.sleep(0.03)
        results.append(item * item)
        print(f"{name} consumed {item}")


async def main():
    start = time.perf_counter()
    q = asyncio.Queue(maxsize=2)
    results = []
    await asyncio.gather(producer(q, 5), consumer("A", q, results), consumer("B", q, results))
    print(sorted(results))
    print("faster than one by one:", time.perf_counter() - start < 5 * 0.03 + 5 * 0.01)


asyncio.run(main())
