# A semaphore lets five downloads run at a time; the sixth starts only when one
# of the first five is done. (Downloads are simulated with asyncio.sleep.)
import asyncio
import time

began = time.perf_counter()
at_most_five = asyncio.Semaphore(5)


async def download_image(url):
    await asyncio.sleep(1)  # the simulated transfer
    return len(url)


async def limited_download(url):
    async with at_most_five:
        print(f"{url} starts at {time.perf_counter() - began:.1f}s")
        return await download_image(url)


async def main():
    urls = [f"https://images.example.com/{n:02}.png" for n in range(12)]
    sizes = await asyncio.gather(*(limited_download(u) for u in urls))
    print(f"{len(sizes)} images in {time.perf_counter() - began:.1f}s")


asyncio.run(main())
