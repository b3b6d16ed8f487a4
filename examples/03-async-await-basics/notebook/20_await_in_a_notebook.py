# In a notebook (Jupyter, or Loopscope's notebook mode) an event loop is already
# running when your cells run. asyncio.run() wants to start one of its own, so it
# refuses; write `await` directly at the top of a cell instead. Tasks you start in one
# cell keep running while the next cells run. Each `# %%` line begins a cell.
import asyncio


async def fetch(name, seconds):
    await asyncio.sleep(seconds)
    return f"{name}: done after {seconds}s"

# %%
try:
    asyncio.run(fetch("page", 0.1))
except RuntimeError as e:
    print("asyncio.run refuses:", e)

# %%
# The fix: await at the top level. The cell's last expression is shown.
await fetch("page", 0.1)

# %%
# A background task outlives its cell...
loop = asyncio.get_running_loop()
started = loop.time()
report = asyncio.create_task(fetch("report", 0.5))
print("report running in the background:", not report.done())

# %%
# ...so this cell runs while the report is still being made.
pages = await asyncio.gather(fetch("a", 0.2), fetch("b", 0.3))
print(pages, "| report done yet?", report.done())

# %%
print(await report)
f"all of it took {loop.time() - started:.1f}s, not 1.0s"
