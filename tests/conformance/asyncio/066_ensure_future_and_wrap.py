import asyncio


async def coro():
    return "coro value"


class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "custom awaitable"


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print("same future:", asyncio.ensure_future(f) is f)
    t = asyncio.ensure_future(coro())
    print("coroutine wrapped in Task:", isinstance(t, asyncio.Task))
    print(await t)
    a = asyncio.ensure_future(Awaitable())
    print(await a)
    try:
        asyncio.ensure_future(123)
    except TypeError as exc:
        print("TypeError:", exc)
    f.cancel()


asyncio.run(main())
