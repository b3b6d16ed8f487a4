# Calling an async function does not run its body: it returns a coroutine
# object, which runs only when it is awaited (or wrapped in a task).
import asyncio


async def add_slowly(x, y):
    print("add_slowly is running")
    await asyncio.sleep(0.1)
    return x + y


async def main():
    pending = add_slowly(3, 4)
    print("called it; got a", type(pending).__name__)
    print("awaitable:", hasattr(pending, "__await__"))
    result = await pending
    print("awaited it; result", result)


asyncio.run(main())
