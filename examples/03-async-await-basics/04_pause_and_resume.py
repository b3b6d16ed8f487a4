# An ordinary function runs from start to finish in one go; a coroutine can
# stop at an await, let another coroutine run, and carry on later from the same
# spot.
import asyncio


def count_plainly(name):
    for step in range(1, 4):
        print(f"{name}: step {step}")


async def count_with_pauses(name):
    for step in range(1, 4):
        print(f"{name}: step {step}")
        await asyncio.sleep(0.1)  # pause here; resume on the next line later


async def main():
    count_plainly("function")
    await asyncio.gather(
        count_with_pauses("coro-1"),
        count_with_pauses("coro-2"),
    )


asyncio.run(main())
