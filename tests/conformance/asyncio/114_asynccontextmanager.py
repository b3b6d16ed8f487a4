import asyncio
import contextlib


@contextlib.asynccontextmanager
async def managed(tag):
    print("setup", tag)
    await asyncio.sleep(0)
    try:
        yield tag.upper()
    except ValueError as exc:
        print("cm saw", repr(exc))
        raise
    finally:
        await asyncio.sleep(0)
        print("teardown", tag)


async def main():
    async with managed("x") as v:
        print("body got", v)
    try:
        async with managed("y"):
            raise ValueError("oops")
    except ValueError:
        print("propagated to caller")
    async with contextlib.AsyncExitStack() as stack:
        for t in ("p", "q"):
            print("entered", await stack.enter_async_context(managed(t)))
        stack.push_async_callback(lambda: asyncio.sleep(0))
        print("stack body")


asyncio.run(main())
