import asyncio


async def worker(name, q, log):
    while True:
        item = await q.get()
        await asyncio.sleep(item)
        log.append((name, item))
        q.task_done()


async def main():
    q = asyncio.Queue()
    for d in (0.03, 0.01, 0.05, 0.02):
        q.put_nowait(d)
    log = []
    workers = [asyncio.create_task(worker(f"w{i}", q, log)) for i in range(2)]
    await q.join()
    print("join returned; unfinished items all done")
    print("processed count:", len(log))
    print("items:", sorted(item for _, item in log))
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print("workers cancelled:", [type(r).__name__ for r in res])
    try:
        q.task_done()
    except ValueError as exc:
        print("extra task_done:", exc)
    await q.join()
    print("join on idle queue returns immediately")


asyncio.run(main())
