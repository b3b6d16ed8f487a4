# The same two jobs as coroutines run with asyncio.gather: both start at once,
# the shorter wait ends first, and the whole run takes about as long as A alone
# (3 s).
import asyncio
import time


async def fetch(name, seconds):
    print(f"{name} start")
    await asyncio.sleep(seconds)  # stands in for network or disk I/O
    print(f"{name} done")
    return name


async def main():
    began = time.perf_counter()
    results = await asyncio.gather(fetch("A", 3), fetch("B", 2))
    print(results)
    print(f"took {time.perf_counter() - began:.1f}s")


asyncio.run(main())
