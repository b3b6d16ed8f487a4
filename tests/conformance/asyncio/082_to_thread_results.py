import asyncio
import time


def blocking(name, delay):
    time.sleep(delay)
    return f"{name}:{delay}"


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.04)


async def main():
    results = await asyncio.gather(
        asyncio.to_thread(blocking, "one", 0.06),
        asyncio.to_thread(blocking, "two", 0.02),
        ticker(),
        asyncio.to_thread(blocking, name="three", delay=0.01),
    )
    print(results)


asyncio.run(main())
