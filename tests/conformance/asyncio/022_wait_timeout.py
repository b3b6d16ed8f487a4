import asyncio


async def job(d):
    await asyncio.sleep(d)
    return d


async def main():
    loop = asyncio.get_running_loop()
    tasks = [
        asyncio.create_task(job(0.01), name="early"),
        asyncio.create_task(job(0.3), name="late"),
        asyncio.create_task(job(0.02), name="early2"),
    ]
    start = loop.time()
    done, pending = await asyncio.wait(tasks, timeout=0.1)
    elapsed = loop.time() - start
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    print("waited for the whole timeout:", elapsed >= 0.099)
    print("late cancelled by wait?", tasks[1].cancelled())
    tasks[1].cancel()
    await asyncio.wait([tasks[1]])
    print("late cancelled now?", tasks[1].cancelled())


asyncio.run(main())
