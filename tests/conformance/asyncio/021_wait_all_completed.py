import asyncio


async def job(d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(d)
    return d


async def main():
    tasks = [
        asyncio.create_task(job(0.03), name="t1"),
        asyncio.create_task(job(0.01, True), name="t2"),
        asyncio.create_task(job(0.02), name="t3"),
    ]
    done, pending = await asyncio.wait(tasks)
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    print("types:", type(done).__name__, type(pending).__name__)
    for t in tasks:
        if t.exception() is not None:
            print(t.get_name(), "exception", repr(t.exception()))
        else:
            print(t.get_name(), "result", t.result())
    print("return_when constants:", asyncio.ALL_COMPLETED, asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION)


asyncio.run(main())
