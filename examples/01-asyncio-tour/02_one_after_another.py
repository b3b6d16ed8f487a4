# Awaiting three downloads one after the other: each waits for the previous
# one, so the program takes the sum of the delays, about 0.6 s.
import asyncio
import time


async def download(label, seconds):
    print(f"start {label}")
    await asyncio.sleep(seconds)  # pretend this is a network round trip
    print(f"done {label}")
    return f"{label}:{seconds}"


async def main():
    began = time.perf_counter()
    results = []
    for label, seconds in [("a", 0.2), ("b", 0.1), ("c", 0.3)]:
        results.append(await download(label, seconds))
    print(results)
    print(f"elapsed {time.perf_counter() - began:.1f}s")


asyncio.run(main())
