# Awaiting a coroutine object runs it inline, like a plain call: control never
# goes back to the loop, so the task that was already waiting runs only after
# all three.
import asyncio


async def say_a():
    print("A")


async def say_b():
    print("B (has anyone left the loop a turn?)")


async def main():
    b = asyncio.create_task(say_b())
    await say_a()
    await say_a()
    await say_a()
    await b


asyncio.run(main())
