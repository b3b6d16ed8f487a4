# Queue.join waits for task_done per item; workers cancelled afterwards; task_done too
# many times raises ValueError.
import asyncio


async def worker(name, q, log):
    while True:
        item = await q.get()
        await asyncio.sleep(0.01 * item)
        log.append((name, item))
        print(f"{name} finished {item}")
        q.task_done()


async def main():
    q = asyncio.Queue()
    log = []
    for item in [5, 1, 2, 1]:
        q.put_nowait(item)
    workers = [asyncio.create_task(worker(f"w{i}", q, log)) for i in range(2)]
    await q.join()
    print("all done:", len(log), "empty:", q.empty())
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in results])
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

    empty = asyncio.Queue()
    await empty.join()
    print("join on an empty queue returns at once")


asyncio.run(main())
