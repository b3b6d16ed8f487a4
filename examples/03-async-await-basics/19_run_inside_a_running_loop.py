# Where a loop is already running (a Jupyter notebook, or any coroutine),
# asyncio.run refuses to start another one. The fix is to await the coroutine
# directly.
import asyncio


async def compute():
    await asyncio.sleep(0.1)
    return 42


async def notebook_cell():
    work = compute()
    try:
        asyncio.run(work)
    except RuntimeError as error:
        print("RuntimeError:", error)
        work.close()  # we never ran it; close it to say so
    print("awaited directly:", await compute())


asyncio.run(notebook_cell())
