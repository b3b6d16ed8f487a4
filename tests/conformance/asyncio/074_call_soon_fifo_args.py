import asyncio
import functools


def show(*args, **kwargs):
    print("show", args, kwargs)


async def main():
    loop = asyncio.get_running_loop()
    for i in range(4):
        loop.call_soon(show, i, i * i)
    loop.call_soon(functools.partial(show, "partial", key="kw"))
    h = loop.call_soon(show, "cancelled handle")
    h.cancel()
    print("handle cancelled():", h.cancelled())
    loop.call_soon(show)
    print("scheduled")
    await asyncio.sleep(0)
    print("after one sleep(0)")


asyncio.run(main())
