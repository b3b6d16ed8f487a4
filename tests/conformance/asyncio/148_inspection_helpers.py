import asyncio


async def coro_fn():
    return 1


def plain_fn():
    return 1


async def agen_fn():
    yield 1


async def main():
    c = coro_fn()
    print("iscoroutine(coro):", asyncio.iscoroutine(c))
    print("iscoroutine(fn):", asyncio.iscoroutine(coro_fn))
    print("iscoroutinefunction:", asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutinefunction(plain_fn))
    print("agen function is coroutinefunction:", asyncio.iscoroutinefunction(agen_fn))
    t = asyncio.create_task(c)
    print("isfuture(task):", asyncio.isfuture(t))
    print("task is Future subclass:", isinstance(t, asyncio.Future))
    print("await:", await t)


asyncio.run(main())
