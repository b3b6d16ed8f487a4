# A set of queue workers cancelled, gathered in set order.
import asyncio
async def worker(name, q):
    while True:
        item = await q.get()
        q.task_done()
async def main():
    q = asyncio.Queue()
    workers = {asyncio.create_task(worker(f"w{i}", q)) for i in range(4)}
    for i in range(10):
        q.put_nowait(i)
    await q.join()
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print([w.get_name() for w in workers])
asyncio.run(main())
