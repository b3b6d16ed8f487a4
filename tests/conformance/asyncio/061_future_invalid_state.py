import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as exc:
        print("result before done:", exc)
    fut.set_result(1)
    for action in (lambda: fut.set_result(2), lambda: fut.set_exception(ValueError())):
        try:
            action()
        except asyncio.InvalidStateError as exc:
            print("InvalidStateError:", exc)
    print("cancel on done:", fut.cancel())
    print("still result:", fut.result())

    c = loop.create_future()
    c.cancel()
    try:
        c.set_result(3)
    except asyncio.InvalidStateError as exc:
        print("set on cancelled:", exc)
    print("InvalidStateError is Exception subclass:", issubclass(asyncio.InvalidStateError, Exception))


asyncio.run(main())
