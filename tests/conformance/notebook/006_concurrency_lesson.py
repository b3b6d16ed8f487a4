# The tutorial's lesson in notebook form: the same three downloads awaited one by one,
# then together, timed on the loop's clock.
import asyncio


async def download(name, seconds):
    await asyncio.sleep(seconds)
    return f"{name} ({seconds}s)"

# %%
loop = asyncio.get_running_loop()
start = loop.time()
for name, seconds in [("a", 0.3), ("b", 0.2), ("c", 0.1)]:
    print(await download(name, seconds))
f"one by one: {loop.time() - start:.1f}s"

# %%
start = loop.time()
results = await asyncio.gather(download("a", 0.3), download("b", 0.2), download("c", 0.1))
print(results)
f"together: {loop.time() - start:.1f}s"

# %%
async with asyncio.TaskGroup() as tg:
    tasks = [tg.create_task(download(n, s)) for n, s in [("x", 0.2), ("y", 0.1)]]
[t.result() for t in tasks]
