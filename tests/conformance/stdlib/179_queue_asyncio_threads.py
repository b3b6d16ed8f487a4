# queue.Queue between threads and an asyncio program: a worker started with
# asyncio.to_thread feeds the loop, which waits for items in the default executor
# (loop.run_in_executor) while a ticker task keeps running; then a
# concurrent.futures.ThreadPoolExecutor drains a queue with sentinels.
import asyncio
import concurrent.futures
import queue
import time

def produce(q, n):
    for i in range(n):
        time.sleep(0.1)
        q.put(f'item-{i}')
    q.put(None)
    return f'produced {n}'


async def ticker(stop):
    ticks = 0
    while not stop.is_set():
        await asyncio.sleep(0.07)
        ticks += 1
    return ticks


async def main():
    loop = asyncio.get_running_loop()
    q = queue.Queue()
    stop = asyncio.Event()
    tick_task = asyncio.create_task(ticker(stop))
    producer = asyncio.create_task(asyncio.to_thread(produce, q, 4))
    received = []
    while True:
        item = await loop.run_in_executor(None, q.get)
        if item is None:
            break
        received.append(item)
    stop.set()
    print('received', received)
    # The loop kept running while it waited: the ticker ticks every 0.07 s of the 0.4 s.
    print(await producer, 'ticker ran meanwhile:', await tick_task >= 3)

    # Blocking gets with a timeout, in the executor: Empty comes back through the await.
    t0 = time.monotonic()
    try:
        await loop.run_in_executor(None, lambda: q.get(timeout=0.2))
    except queue.Empty:
        print('Empty after 0.2 s:', 0.2 <= round(time.monotonic() - t0, 3) < 1.2)

    # The loop's thread puts; a thread takes, marks done, and the loop awaits join.
    jobs = queue.Queue(maxsize=1)

    def consume():
        seen = []
        while True:
            item = jobs.get()
            jobs.task_done()
            if item is None:
                return seen
            time.sleep(0.05)
            seen.append(item)

    consumer = asyncio.create_task(asyncio.to_thread(consume))
    await asyncio.sleep(0)
    for i in range(3):
        # put would block the loop while the queue is full: wait in a thread instead.
        await asyncio.to_thread(jobs.put, i)
    await asyncio.to_thread(jobs.put, None)
    await asyncio.to_thread(jobs.join)
    print('consumer saw', await consumer, 'unfinished', jobs.unfinished_tasks)


asyncio.run(main())

# A thread pool draining one queue; every worker stops at its own sentinel.
work = queue.Queue()
for n in range(1, 9):
    work.put(n)
for _ in range(3):
    work.put(None)


def drain():
    total = 0
    while True:
        n = work.get()
        if n is None:
            work.task_done()
            return total
        time.sleep(0.01 * n)
        total += n * n
        work.task_done()


with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(drain) for _ in range(3)]
    work.join()
print('sum of squares', sum(f.result() for f in futures), work.empty())
