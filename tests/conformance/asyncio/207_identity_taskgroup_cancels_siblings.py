# A failing child makes the TaskGroup cancel its siblings, in the order of its set of tasks.
import asyncio
async def fail(n):
    await asyncio.sleep(0.1)
    raise ValueError(n)
async def slow(n):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelled", n)
        raise
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(4):
                tg.create_task(slow(i))
            tg.create_task(fail(99))
    except* ValueError as eg:
        print("failed:", [str(e) for e in eg.exceptions])
asyncio.run(main())
