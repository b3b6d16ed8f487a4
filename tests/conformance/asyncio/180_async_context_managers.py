# Async context managers: a class with __aenter__/__aexit__, suppressing an exception,
# contextlib.asynccontextmanager, and AsyncExitStack unwinding in reverse.
import asyncio
import contextlib


class Connection:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0.01)
        print("connect", self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        print("disconnect", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError


@contextlib.asynccontextmanager
async def transaction(name):
    print("begin", name)
    try:
        yield name.upper()
        print("commit", name)
    except ValueError as e:
        print("rollback", name, e)
        raise
    finally:
        print("end", name)


async def main():
    async with Connection("db") as c:
        print("using", c.name)
    async with Connection("cache"):
        raise KeyError("suppressed")
    print("after suppressed KeyError")
    async with transaction("t1") as t:
        print("inside", t)
    try:
        async with transaction("t2"):
            raise ValueError("bad row")
    except ValueError:
        print("caught ValueError")
    async with contextlib.AsyncExitStack() as stack:
        for n in ("x", "y", "z"):
            await stack.enter_async_context(Connection(n))
        stack.push_async_callback(asyncio.sleep, 0)
        print("stack ready")


asyncio.run(main())
