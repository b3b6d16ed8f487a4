import asyncio


async def inner():
    return "never"


async def outer():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    finally:
        coro.close()
    return "outer done"


print(asyncio.run(outer()))
