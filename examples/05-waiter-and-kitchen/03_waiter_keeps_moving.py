# Scheduling both orders as tasks first lets the kitchen work on them at the
# same time: the waiter collects both after 2 s instead of 3 s.
import asyncio
import time

began = time.perf_counter()


async def fetch_data(seconds):
    print(f"order {seconds} goes to the kitchen")
    await asyncio.sleep(seconds)
    print(f"order {seconds} is ready after {time.perf_counter() - began:.1f}s")
    return f"dish {seconds}"


async def main():
    first_task = asyncio.create_task(fetch_data(1))  # start cooking order 1
    second_task = asyncio.create_task(fetch_data(2))  # start cooking order 2
    first = await first_task  # now wait for both
    second = await second_task
    print(first, second, f"- all served at {time.perf_counter() - began:.1f}s")


asyncio.run(main())
