import asyncio


async def main():
    print("asyncio.TimeoutError is TimeoutError:", asyncio.TimeoutError is TimeoutError)
    print("subclass of OSError:", issubclass(asyncio.TimeoutError, OSError))
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except asyncio.TimeoutError as exc:
        print("caught via asyncio alias:", type(exc).__name__, exc.args)
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError as exc:
        print("caught via builtin:", type(exc).__name__, exc.args)
    print("CancelledError module:", asyncio.CancelledError.__module__)
    print("InvalidStateError bases:", [b.__name__ for b in asyncio.InvalidStateError.__mro__[1:]])


asyncio.run(main())
