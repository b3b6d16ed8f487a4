# async/await alone is not concurrency: awaiting one order after the other
# makes the waiter stand at the kitchen for each in turn, 1 s and then 2 s, 3 s
# in all.
import asyncio
import time

began = time.perf_counter()


async def fetch_data(seconds):
    print(f"order {seconds} goes to the kitchen")
    await asyncio.sleep(seconds)
    print(f"order {seconds} is ready after {time.perf_counter() - began:.1f}s")
    return f"dish {seconds}"


async def main():
    first = await fetch_data(1)  # the waiter stands here for 1 s
    second = await fetch_data(2)  # ...and here for 2 s more
    print(first, second, f"- all served at {time.perf_counter() - began:.1f}s")


asyncio.run(main())
