# The same three downloads handed to asyncio.gather: they wait at the same
# time, so the program takes as long as the slowest one, about 0.3 s. The
# results still come back in the order the downloads were passed in, not the
# order they finished.
import asyncio
import time


async def download(label, seconds):
    print(f"start {label}")
    await asyncio.sleep(seconds)  # pretend this is a network round trip
    print(f"done {label}")
    return f"{label}:{seconds}"


async def main():
    began = time.perf_counter()
    results = await asyncio.gather(
        download("a", 0.2),
        download("b", 0.1),
        download("c", 0.3),
    )
    print(results)
    print(f"elapsed {time.perf_counter() - began:.1f}s")


asyncio.run(main())
