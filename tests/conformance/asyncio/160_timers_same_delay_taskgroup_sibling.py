# Sleeps of the same delay begun microseconds apart end in one loop iteration (the
# selector waits whole milliseconds): the sibling finishes before the group aborts.
import asyncio

async def fails():
    await asyncio.sleep(0.1)
    raise ValueError("boom")

async def worker(i):
    await asyncio.sleep(0.1)
    print("worker", i, "done")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails())
            for i in range(3):
                tg.create_task(worker(i))
    except* ValueError as eg:
        print("caught", [str(e) for e in eg.exceptions])

asyncio.run(main())
