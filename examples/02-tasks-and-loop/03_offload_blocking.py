# A blocking call handed to the loop's thread pool with run_in_executor: while
# a worker thread is stuck in it, the loop keeps running the heartbeat.
import asyncio
import time

began = time.perf_counter()


def stamp():
    return f"{time.perf_counter() - began:.1f}s"


def checksum_of_big_file():
    time.sleep(1.0)  # a synchronous library call we cannot rewrite
    return 0xBEEF


async def heartbeat():
    while True:
        print("tick", stamp())
        await asyncio.sleep(0.3)


async def main():
    ticker = asyncio.create_task(heartbeat())
    loop = asyncio.get_running_loop()
    value = await loop.run_in_executor(None, checksum_of_big_file)
    print(f"checksum {value:#x} ready at {stamp()}")
    ticker.cancel()


asyncio.run(main())
