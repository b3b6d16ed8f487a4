# Producer and consumers around a bounded queue: the producer stops when the
# queue is full (backpressure) and goes on as the workers take items; one
# sentinel per worker says there is no more work. Workers come on shift 0.1 s
# apart and take 0.5 s per item.
import asyncio
import time

began = time.perf_counter()
WORKERS = 5


def clock():
    return f"[{time.perf_counter() - began:.1f}s]"


async def produce(queue, items):
    for item in items:
        await queue.put(item)  # waits while the queue is full
        print(f"{clock()} produced {item} (queue holds {queue.qsize()})")
    for _ in range(WORKERS):
        await queue.put(None)  # one "no more work" marker per worker


async def process(item):
    await asyncio.sleep(0.5)  # the simulated work for one item


async def consume(queue, name, shift_start):
    await asyncio.sleep(shift_start)
    while True:
        item = await queue.get()
        if item is None:
            queue.task_done()
            print(f"{clock()} {name} goes home")
            break
        await process(item)
        queue.task_done()
        print(f"{clock()} {name} consumed {item}")


async def main():
    queue = asyncio.Queue(maxsize=5)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(produce(queue, range(20)))
        for i in range(WORKERS):
            tg.create_task(consume(queue, f"worker-{i}", shift_start=0.1 * i))
    print(f"{clock()} all items processed")


asyncio.run(main())
