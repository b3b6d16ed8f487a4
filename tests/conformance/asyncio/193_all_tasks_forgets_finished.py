# asyncio.all_tasks() holds tasks weakly: finished tasks nobody keeps are gone from it,
# and a long run of short tasks does not pile them up.
import asyncio
import weakref


async def job(n):
    await asyncio.sleep(0)
    return n * 2


async def main():
    total = 0
    for n in range(2000):
        total += await asyncio.create_task(job(n))
    print("total", total, "tasks alive", len(asyncio.all_tasks()))
    keep = asyncio.create_task(job(1), name="kept")
    ref = weakref.ref(keep)
    await keep
    print(ref() is keep, keep.done(), [t.get_name() for t in asyncio.all_tasks()])
    del keep
    print("after del, still referenced:", ref() is not None)


asyncio.run(main())
