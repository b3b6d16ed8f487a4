# The sequential half on its own: each fetch is awaited before the next begins,
# so the three one-second waits add up to about 3 s.
import asyncio
import time

began = time.perf_counter()


def clock():
    return f"[{time.perf_counter() - began:.1f}s]"


async def fetch_data(name, delay):
    print(f"{clock()} {name}: fetch starts")
    await asyncio.sleep(delay)  # a simulated network call
    print(f"{clock()} {name}: fetch done")
    return f"{name} result"


async def main():
    results = [await fetch_data(name, 1) for name in "ABC"]
    print(f"{clock()} all done:", results)


asyncio.run(main())
