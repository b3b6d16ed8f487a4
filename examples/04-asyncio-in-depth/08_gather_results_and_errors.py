# gather returns results in the order the awaitables were given. With
# return_exceptions=True a failure comes back as a value instead of being
# raised.
import asyncio


async def fetch_data(name, delay):
    await asyncio.sleep(delay)
    return f"{name} result"


async def always_fails():
    await asyncio.sleep(0.5)
    raise ValueError("failed")


async def main():
    results = await asyncio.gather(
        fetch_data("A", 1),
        fetch_data("B", 2),
        fetch_data("C", 1),
    )
    print(results)

    results = await asyncio.gather(
        fetch_data("A", 1),
        always_fails(),
        fetch_data("C", 1),
        return_exceptions=True,
    )
    print(results)
    for result in results:
        if isinstance(result, Exception):
            print(f"a task failed: {result!r}")


asyncio.run(main())
