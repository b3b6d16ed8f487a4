import asyncio

loop = asyncio.new_event_loop()


async def inner():
    return 1


async def outer():
    coro = inner()
    try:
        loop.run_until_complete(coro)
    except RuntimeError as exc:
        print("nested run_until_complete:", exc)
    finally:
        coro.close()
    try:
        loop.run_forever()
    except RuntimeError as exc:
        print("run_forever while running:", exc)
    return "outer ok"


print(loop.run_until_complete(outer()))
loop.close()
