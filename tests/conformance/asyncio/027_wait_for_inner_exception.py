import asyncio


async def broken():
    await asyncio.sleep(0.01)
    raise LookupError("no such thing")


async def main():
    try:
        await asyncio.wait_for(broken(), timeout=1)
    except LookupError as exc:
        print("propagated:", repr(exc))


asyncio.run(main())
