# async for, async with and async comprehensions at the top level of cells.
import asyncio
import contextlib


async def countdown(n):
    while n:
        await asyncio.sleep(0.01)
        yield n
        n -= 1


@contextlib.asynccontextmanager
async def opened(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("close", name)

# %%
async for n in countdown(3):
    print("countdown", n)

# %%
async with opened("db") as handle:
    print("using", handle)

# %%
[n * n async for n in countdown(4)]

# %%
try:
    async with asyncio.timeout(0.05):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("cancelled by the timeout")
            raise
except TimeoutError:
    print("TimeoutError after 0.05 s")
