import asyncio
import time


def blocking(loop, fut):
    time.sleep(0.02)
    loop.call_soon_threadsafe(fut.set_result, "from thread")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    th = loop.run_in_executor(None, blocking, loop, fut)
    print("waiting")
    print(await fut)
    await th
    print("executor future result:", th.result())


asyncio.run(main())
