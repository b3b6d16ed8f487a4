# asyncio.wait gives finer control than gather: stop at the first finished
# task, wait for the rest, or give up after a timeout and cancel what is still
# pending.
import asyncio


async def fetch_data(name, delay):
    await asyncio.sleep(delay)
    return f"{name} result"


def names(tasks):
    # Sets have no order of their own: sort the names to print them.
    return sorted(t.get_name() for t in tasks)


async def main():
    tasks = [
        asyncio.create_task(fetch_data(f"task-{i}", i), name=f"task-{i}")
        for i in range(5)
    ]

    done, pending = await asyncio.wait(
        tasks, return_when=asyncio.FIRST_COMPLETED
    )
    for task in done:
        print("first to finish:", task.result())
    print("still pending:", names(pending))

    done, pending = await asyncio.wait(pending)
    print("then finished:", names(done), "pending:", len(pending))

    retries = []
    for i in range(5):
        job = fetch_data(f"retry-{i}", i + 0.5)
        retries.append(asyncio.create_task(job, name=f"retry-{i}"))
    done, pending = await asyncio.wait(retries, timeout=3.0)
    print("done within 3 s:", names(done))
    for task in pending:
        task.cancel()  # nobody will wait for these any more
    print("cancelled:", names(pending))


asyncio.run(main())
