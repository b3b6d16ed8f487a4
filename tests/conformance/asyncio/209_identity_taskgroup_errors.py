# All children of a TaskGroup fail at once: the group's exceptions come in the order they were collected.
import asyncio
async def fail(n, d):
    await asyncio.sleep(d)
    raise RuntimeError(f"task {n}")
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(3):
                tg.create_task(fail(i, 0.1))
    except* RuntimeError as eg:
        print([str(e) for e in eg.exceptions])
asyncio.run(main())
