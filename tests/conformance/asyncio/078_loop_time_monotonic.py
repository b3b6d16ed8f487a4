import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    p0 = time.monotonic()
    await asyncio.sleep(0.2)
    t1 = loop.time()
    p1 = time.monotonic()
    print("loop.time increased:", t1 > t0)
    # sleeps never end early but may end late on a busy machine; shifting by
    # 0.04 before rounding tolerates up to ~0.09 s of lateness
    print(f"loop elapsed: {t1 - t0 - 0.04:.1f}")
    print(f"monotonic elapsed: {p1 - p0 - 0.04:.1f}")
    q0 = time.perf_counter()
    await asyncio.sleep(0.3)
    print(f"perf_counter elapsed: {time.perf_counter() - q0 - 0.04:.1f}")


asyncio.run(main())
