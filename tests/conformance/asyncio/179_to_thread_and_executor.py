# Blocking work off the loop: asyncio.to_thread, run_in_executor with the default and an
# explicit ThreadPoolExecutor, and the loop staying responsive meanwhile.
import asyncio
import concurrent.futures
import time


def blocking(name, seconds):
    time.sleep(seconds)
    return f"{name} slept {seconds}"


async def heartbeat(n):
    for i in range(n):
        print("heartbeat", i)
        await asyncio.sleep(0.05)


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(
        asyncio.to_thread(blocking, "a", 0.2),
        asyncio.to_thread(blocking, "b", 0.2),
        heartbeat(2),
    )
    print(results[:2], "overlapped:", time.perf_counter() - start < 0.38)
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, "c", 0.01))
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        start = time.perf_counter()
        futs = [loop.run_in_executor(pool, blocking, f"p{i}", 0.05) for i in range(4)]
        print(await asyncio.gather(*futs))
        print("two workers, four jobs take two rounds:", time.perf_counter() - start >= 0.1)


asyncio.run(main())
