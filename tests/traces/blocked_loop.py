import asyncio
import time


async def ticker():
    for _ in range(3):
        print("tick")
        await asyncio.sleep(0.1)


async def hog():
    await asyncio.sleep(0.05)
    time.sleep(0.3)  # blocks the whole loop: the ticker cannot run
    print("hog done")


async def main():
    await asyncio.gather(ticker(), hog())


asyncio.run(main())
