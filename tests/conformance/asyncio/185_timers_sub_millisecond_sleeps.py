# Sleeps shorter than a millisecond still wait a whole one: the loop's selector (epoll)
# counts its timeout in milliseconds, rounded up. Ten sleep(0.0001) take at least 10 ms.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    for _ in range(10):
        await asyncio.sleep(0.0001)
    elapsed = loop.time() - start
    print("ten 0.1 ms sleeps took at least 10 ms:", elapsed >= 0.01)


asyncio.run(main())
