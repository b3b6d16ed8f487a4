# A coroutine runs only when something drives it: asyncio.run starts a loop,
# runs the coroutine to its end, and closes the loop again.
import asyncio


async def hello_then_goodbye(who):
    print(f"Hello, {who}")
    # While this coroutine sleeps, the loop is free to run anything else.
    await asyncio.sleep(1)
    print(f"Goodbye, {who}")


asyncio.run(hello_then_goodbye("world"))
