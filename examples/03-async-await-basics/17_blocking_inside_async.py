# No error, but no concurrency either: a blocking time.sleep inside async code
# keeps the loop busy, so the three "concurrent" jobs run back to back.
import asyncio
import time

began = time.perf_counter()


async def job(name):
    print(f"{name} starts at {time.perf_counter() - began:.1f}s")
    time.sleep(0.5)  # should have been: await asyncio.sleep(0.5)
    print(f"{name} ends at {time.perf_counter() - began:.1f}s")


async def main():
    await asyncio.gather(job("x"), job("y"), job("z"))
    print(f"total {time.perf_counter() - began:.1f}s")


asyncio.run(main())
