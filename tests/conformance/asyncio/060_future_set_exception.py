import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_exception(ValueError("bad value"))
    try:
        await fut
    except ValueError as exc:
        print("await raised:", exc)
    print("exception():", repr(fut.exception()))

    fut2 = loop.create_future()
    fut2.set_exception(KeyError)
    print("class instantiated:", repr(fut2.exception()))

    fut3 = loop.create_future()
    try:
        fut3.set_exception(StopIteration("x"))
    except TypeError as exc:
        print("StopIteration rejected:", exc)
    fut3.cancel()


asyncio.run(main())
