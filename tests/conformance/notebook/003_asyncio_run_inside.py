# In a notebook the loop already runs: asyncio.run() refuses, and the loop is there to use.
import asyncio


async def main():
    await asyncio.sleep(0.1)
    return "main done"

# %%
try:
    asyncio.run(main())
except RuntimeError as e:
    print("RuntimeError:", e)

# %%
loop = asyncio.get_running_loop()
print(type(loop).__name__, loop.is_running(), asyncio.current_task().get_name())

# %%
await main()

# %%
fut = loop.create_future()
loop.call_later(0.2, fut.set_result, "from call_later")
await fut

# %%
try:
    asyncio.get_event_loop().run_until_complete(main())
except RuntimeError as e:
    print("RuntimeError:", e)
