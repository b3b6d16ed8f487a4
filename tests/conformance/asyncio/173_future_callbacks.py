# Future done callbacks: run in registration order on the next iteration, not inline;
# added to a done future they are scheduled at once; removal; exceptions and cancel.
import asyncio
import functools


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    def cb(tag, f):
        print("callback", tag, f.result() if not f.cancelled() else "cancelled")

    fut.add_done_callback(functools.partial(cb, "first"))
    fut.add_done_callback(functools.partial(cb, "second"))
    third = functools.partial(cb, "third")
    fut.add_done_callback(third)
    print("removed:", fut.remove_done_callback(third))
    fut.set_result(42)
    print("set_result returned; callbacks not yet run")
    await asyncio.sleep(0)
    fut.add_done_callback(functools.partial(cb, "late"))
    print("late added")
    await asyncio.sleep(0)

    f2 = loop.create_future()
    f2.add_done_callback(functools.partial(cb, "on-cancel"))
    print("cancel:", f2.cancel("why"), f2.cancelled(), f2.done())
    await asyncio.sleep(0)
    try:
        f2.result()
    except asyncio.CancelledError as e:
        print("CancelledError args:", e.args)

    f3 = loop.create_future()
    f3.set_exception(ValueError("bad"))
    print(type(f3.exception()).__name__, f3.exception())
    try:
        f3.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f4 = loop.create_future()
    try:
        f4.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f4.cancel()
    try:
        f3.set_exception(StopIteration())
    except (TypeError, asyncio.InvalidStateError) as e:
        print(type(e).__name__)
    order = []
    f5 = loop.create_future()
    for i in range(4):
        f5.add_done_callback(lambda f, i=i: order.append(i))
    f5.set_result(None)
    await asyncio.sleep(0)
    print(order)


asyncio.run(main())
