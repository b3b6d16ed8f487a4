# Calling a coroutine function without await only builds a coroutine object:
# nothing waits, and Python warns "coroutine ... was never awaited" on stderr.
import asyncio
import time


async def main():
    began = time.perf_counter()
    asyncio.sleep(1)  # oops: no await, so no pause
    print(f"after the 'sleep': {time.perf_counter() - began:.1f}s")
    await asyncio.sleep(1)  # this one really waits
    print(f"after the awaited sleep: {time.perf_counter() - began:.1f}s")


asyncio.run(main())
