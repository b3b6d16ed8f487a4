# A set of tasks made in a TaskGroup, read after it ends.
import asyncio
async def fetch(i):
    await asyncio.sleep(0.1)
    return i * i
async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = {tg.create_task(fetch(i)) for i in range(6)}
    print([t.result() for t in tasks])
asyncio.run(main())
