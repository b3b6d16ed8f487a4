# asyncio.timeout puts a ceiling on a wait. When the time is up, the work
# inside is cancelled and the block raises TimeoutError.
import asyncio
import time


async def sluggish():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("sluggish() was cancelled")
        raise


async def main():
    began = time.perf_counter()
    try:
        async with asyncio.timeout(0.2):
            await sluggish()
    except TimeoutError:
        print(f"gave up after {time.perf_counter() - began:.1f}s, as planned")


asyncio.run(main())
