import asyncio


async def job(d):
    await asyncio.sleep(d)
    return d


async def main():
    tasks = {
        asyncio.create_task(job(0.01), name="quick"),
        asyncio.create_task(job(0.1), name="medium"),
        asyncio.create_task(job(0.2), name="slow"),
    }
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()
    done2, pending2 = await asyncio.wait(pending)
    print("after cancel done:", sorted(t.get_name() for t in done2), "pending:", len(pending2))
    print("all cancelled:", all(t.cancelled() for t in done2))


asyncio.run(main())
