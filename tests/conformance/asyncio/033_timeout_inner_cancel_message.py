import asyncio


async def main():
    try:
        async with asyncio.timeout(0.05):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError as exc:
                print("inside: CancelledError, args =", exc.args)
                raise
    except TimeoutError as exc:
        print("outside:", type(exc).__name__)
        print("cause is CancelledError:", isinstance(exc.__cause__, asyncio.CancelledError))
    print("cancelling count:", asyncio.current_task().cancelling())


asyncio.run(main())
