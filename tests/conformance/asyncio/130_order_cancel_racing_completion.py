import asyncio


async def wait_fut(fut):
    try:
        v = await fut
        print("got value", v)
        return v
    except asyncio.CancelledError:
        print("cancelled even though the future had a result")
        raise


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(wait_fut(fut))
    await asyncio.sleep(0)
    fut.set_result("v1")
    print("cancel after set_result ->", t.cancel())
    await asyncio.gather(t, return_exceptions=True)
    print("task cancelled:", t.cancelled(), "future result:", fut.result())

    fut2 = loop.create_future()
    t2 = asyncio.create_task(wait_fut(fut2))
    await asyncio.sleep(0)
    fut2.set_result("v2")
    await asyncio.sleep(0)
    print("cancel one step later ->", t2.cancel())
    await asyncio.gather(t2, return_exceptions=True)
    print("task2 result:", t2.result())


asyncio.run(main())
