# The fix: wrap each call in a task before awaiting it. Awaiting a task hands
# control back to the loop, which runs the task that was queued first.
import asyncio


async def say_a():
    print("A")


async def say_b():
    print("B (has anyone left the loop a turn?)")


async def main():
    b = asyncio.create_task(say_b())
    await asyncio.create_task(say_a())
    await asyncio.create_task(say_a())
    await asyncio.create_task(say_a())
    await b


asyncio.run(main())
