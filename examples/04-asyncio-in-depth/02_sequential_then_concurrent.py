# Three one-second fetches, first awaited one by one (about 3 s), then run
# together with gather (about 1 s, because all three wait during the same
# second).
import asyncio
import time

began = time.perf_counter()


def clock():
    return f"[{time.perf_counter() - began:.1f}s]"


async def fetch_data(name, delay):
    print(f"{clock()} {name}: fetch starts")
    await asyncio.sleep(delay)  # a simulated network call
    print(f"{clock()} {name}: fetch done")
    return f"{name} result"


async def main():
    start = time.perf_counter()
    one = await fetch_data("A", 1)
    two = await fetch_data("B", 1)
    three = await fetch_data("C", 1)
    print(f"one by one: {time.perf_counter() - start:.1f}s", [one, two, three])

    start = time.perf_counter()
    together = await asyncio.gather(
        fetch_data("A", 1),
        fetch_data("B", 1),
        fetch_data("C", 1),
    )
    print(f"together: {time.perf_counter() - start:.1f}s", together)


asyncio.run(main())
