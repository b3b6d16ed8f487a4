# Structured concurrency: the TaskGroup's block does not end until all its
# tasks have, so every result can be read right after it.
import asyncio


async def fetch_data(name, delay):
    await asyncio.sleep(delay)
    return f"{name} result"


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(fetch_data("A", 1))
        b = tg.create_task(fetch_data("B", 2))
        c = tg.create_task(fetch_data("C", 1))
    # All three are finished here.
    print([a.result(), b.result(), c.result()])


asyncio.run(main())
