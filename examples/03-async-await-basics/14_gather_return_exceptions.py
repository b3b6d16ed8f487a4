# With return_exceptions=True, one failing coroutine does not sink the batch:
# its exception takes its place in the results and the others still finish.
import asyncio


async def fetch(name, seconds):
    await asyncio.sleep(seconds)
    if name == "broken":
        raise ConnectionError(f"{name}: connection reset")
    return f"{name}: ok"


async def main():
    results = await asyncio.gather(
        fetch("first", 0.3),
        fetch("broken", 0.1),
        fetch("third", 0.2),
        return_exceptions=True,
    )
    for result in results:
        if isinstance(result, Exception):
            print("failed:", result)
        else:
            print(result)


asyncio.run(main())
