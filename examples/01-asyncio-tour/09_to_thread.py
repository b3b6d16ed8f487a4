# The same blocking function handed to asyncio.to_thread: each call runs in a
# worker thread while the loop stays free, so the five waits overlap (about 0.1
# s).
import asyncio
import time


def blocking_io(n):
    time.sleep(0.1)  # a synchronous call that holds its thread, not the loop's
    return n * 2


async def main():
    began = time.perf_counter()
    calls = [asyncio.to_thread(blocking_io, n) for n in range(5)]
    results = await asyncio.gather(*calls)
    print(results)
    print(f"elapsed {time.perf_counter() - began:.1f}s")


asyncio.run(main())
