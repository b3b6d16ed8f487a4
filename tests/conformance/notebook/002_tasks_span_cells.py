# A task started in one cell keeps running while later cells run; the last cell's end
# does not stop it: the notebook waits for it.
import asyncio

log = []


async def ticker(name, count, period):
    for i in range(count):
        await asyncio.sleep(period)
        log.append(f"{name}{i}")
        print(name, "tick", i)
    return name

# %%
t = asyncio.create_task(ticker("a", 5, 0.1))
print("started", t.get_name(), t.done())

# %%
await asyncio.sleep(0.25)
print("after 0.25 s:", log)

# %%
other = asyncio.create_task(ticker("b", 2, 0.03))
print("two running:", sorted(task.get_name() for task in asyncio.all_tasks()))

# %%
print("waiting for b:", await other)
log
