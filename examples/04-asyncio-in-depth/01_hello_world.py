# The smallest asyncio program: asyncio.run creates the event loop, runs main()
# on it, and the await hands control back to the loop for one second.
import asyncio


async def main():
    print("Hello")
    await asyncio.sleep(1)  # the loop is free to run other work meanwhile
    print("World")


asyncio.run(main())
