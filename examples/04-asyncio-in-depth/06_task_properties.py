# create_task starts a coroutine in the background right away; main() carries
# on, awaits the tasks when it needs their results, and can ask a task about
# itself.
import asyncio
import time

began = time.perf_counter()


def clock():
    return f"[{time.perf_counter() - began:.1f}s]"


async def fetch_data(name, delay):
    print(f"{clock()} {name}: fetch starts")
    await asyncio.sleep(delay)
    print(f"{clock()} {name}: fetch done")
    return f"{name} result"


async def main():
    slow = asyncio.create_task(fetch_data("A", 2), name="fetch-a")
    quick = asyncio.create_task(fetch_data("B", 1), name="fetch-b")
    print(f"{clock()} tasks are running; main goes on")

    first = await slow  # quick finishes meanwhile
    second = await quick
    print(f"{clock()} got {first!r} and {second!r}")

    print("done:", slow.done())
    print("result:", slow.result())
    print("name:", slow.get_name())


asyncio.run(main())
