# Top-level await in cells, and what a cell shows: the value of its last expression,
# unless that is None.
import asyncio


async def answer(delay, value):
    await asyncio.sleep(delay)
    return value

# %%
x = await answer(0.1, 41)
x + 1

# %%
await answer(0.05, "a string shows with its quotes")

# %%
print("printing returns None, so nothing more shows")

# %%
loop = asyncio.get_running_loop()
loop.is_running(), asyncio.current_task().get_name()

# %%
[await answer(0.01, n) for n in range(3)]

# %%
values = await asyncio.gather(answer(0.2, "slow"), answer(0.1, "fast"))
values
