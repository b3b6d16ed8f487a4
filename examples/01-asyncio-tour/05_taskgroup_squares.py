# A TaskGroup starts a batch of tasks and its `async with` block ends only when
# every one of them has finished, so their results are ready right after it.
import asyncio


async def square_later(n):
    await asyncio.sleep(0.1)
    return n * n


async def main():
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(square_later(n)) for n in range(5)]
        print("tasks started:", len(tasks))
    print("all done:", all(t.done() for t in tasks))
    print([t.result() for t in tasks])


asyncio.run(main())
