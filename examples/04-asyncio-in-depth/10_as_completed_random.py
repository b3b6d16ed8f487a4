# as_completed yields results in the order they finish, not the order they were
# started. The delays are random, from a fixed seed so every run is the same.
import asyncio
import random


async def fetch_data(name, delay):
    await asyncio.sleep(delay)
    return f"{name} after {delay:.2f}s"


async def main():
    random.seed(17)
    coros = [
        fetch_data(f"task-{i}", random.uniform(0.5, 3.0)) for i in range(10)
    ]
    for next_done in asyncio.as_completed(coros):
        print("got:", await next_done)


asyncio.run(main())
