import asyncio, time
from concurrent.futures import ThreadPoolExecutor

def block(n):
    time.sleep(0.1)
    return n * 2

async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2) as pool:
        r = await asyncio.gather(*(loop.run_in_executor(pool, block, i) for i in range(4)))
    print(r)

asyncio.run(main())
