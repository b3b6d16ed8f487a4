import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("done:", fut.done(), "cancelled:", fut.cancelled())
    loop.call_later(0.01, fut.set_result, "from call_later")
    print("awaited:", await fut)
    print("result():", fut.result(), "exception():", fut.exception())
    print("get_loop is loop:", fut.get_loop() is loop)
    print("isfuture:", asyncio.isfuture(fut), asyncio.isfuture(42))


asyncio.run(main())
