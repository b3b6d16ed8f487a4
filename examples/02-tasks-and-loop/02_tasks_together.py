# The same requests wrapped in tasks: create_task schedules each one at once,
# so their waits overlap and the total is the slowest request (about 0.5 s).
import asyncio
import time

PAGES = [("home", 0.5), ("about", 0.3), ("contact", 0.4)]


async def request(page, latency):
    await asyncio.sleep(latency)  # a simulated network request
    return f"<{page}> after {latency}s"


async def main():
    began = time.perf_counter()
    tasks = [asyncio.create_task(request(p, secs)) for p, secs in PAGES]
    for line in await asyncio.gather(*tasks):
        print(line)
    print(f"total {time.perf_counter() - began:.1f}s")


asyncio.run(main())
