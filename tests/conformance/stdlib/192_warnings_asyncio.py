# warnings: warnings issued inside coroutines and tasks, reported at the coroutine's line.
import asyncio
import contextlib
import io
import warnings


async def fetch(n):
    await asyncio.sleep(0.01 * n)
    warnings.warn(f"fetch {n} is slow", RuntimeWarning)
    return n


async def deprecated_helper():
    warnings.warn("use fetch instead", DeprecationWarning, stacklevel=2)
    await asyncio.sleep(0)


async def caller():
    await deprecated_helper()
    return "done"


async def main():
    buf = io.StringIO()
    with contextlib.redirect_stderr(buf):
        print(await asyncio.gather(fetch(1), fetch(2), fetch(1)))
        print(await caller())
        print(await asyncio.create_task(caller()))
    print(buf.getvalue().replace(__file__, "PROG"), end="")

    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter("always")
        await asyncio.gather(fetch(3), caller())
        await asyncio.wait_for(fetch(1), timeout=1)
    for w in log:
        print(w.category.__name__, w.message, w.filename == __file__, w.lineno)

    warnings.simplefilter("error", RuntimeWarning)
    try:
        await fetch(0)
    except RuntimeWarning as e:
        print("raised in the coroutine:", e)
    task = asyncio.create_task(fetch(0))
    try:
        await task
    except RuntimeWarning as e:
        print("the task failed with:", repr(e))


asyncio.run(main())
