import asyncio
import time


def blocking_square(x):
    time.sleep(0.02)
    return x * x


async def main():
    loop = asyncio.get_running_loop()
    futs = [loop.run_in_executor(None, blocking_square, n) for n in range(5)]
    print("futures created:", len(futs))
    print("results:", await asyncio.gather(*futs))
    r = await loop.run_in_executor(None, sum, [1, 2, 3])
    print("sum:", r)


asyncio.run(main())
