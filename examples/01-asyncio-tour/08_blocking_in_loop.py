# Calling a blocking function straight from coroutines: time.sleep holds the
# only thread, so the loop cannot switch and the five calls run one after
# another (about 0.5 s).
import asyncio
import time


def blocking_io(n):
    time.sleep(0.1)  # a synchronous call that holds the thread
    return n * 2


async def handle(n):
    return blocking_io(n)  # blocks the event loop


async def main():
    began = time.perf_counter()
    results = await asyncio.gather(*(handle(n) for n in range(5)))
    print(results)
    print(f"elapsed {time.perf_counter() - began:.1f}s")


asyncio.run(main())
