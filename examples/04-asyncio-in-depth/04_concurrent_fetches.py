# The concurrent half on its own: gather starts all three fetches, which wait
# during the same second, so the program ends after about 1 s.
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
    results = await asyncio.gather(*(fetch_data(name, 1) for name in "ABC"))
    print(f"{clock()} all done:", results)


asyncio.run(main())
