# An exception in a cell stops the notebook there, with a traceback from the cell down;
# later cells do not run.
import asyncio


async def fails():
    await asyncio.sleep(0.1)
    raise ValueError("the second cell fails")

# %%
print("first cell")

# %%
print("second cell starts")
await fails()

# %%
print("never printed")
