# A task's step, when the loop or the awaited future is not asyncio's own: a loop that
# counts what it is asked to schedule, a future class that watches who waits on it, a
# task cancelled while it waits, and a task that is told to cancel before its first step.
import asyncio


class CountingLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        super().__init__()
        self.soon = 0

    def call_soon(self, callback, *args, context=None):
        self.soon += 1
        return super().call_soon(callback, *args, context=context)


class WatchedFuture(asyncio.Future):
    waiters = 0

    def add_done_callback(self, fn, *, context=None):
        WatchedFuture.waiters += 1
        super().add_done_callback(fn, context=context)


async def yielder(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


async def wait_watched(fut):
    return await fut


async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("sleeper cancelled while waiting")
        raise


async def main():
    loop = asyncio.get_running_loop()
    before = loop.soon
    results = await asyncio.gather(yielder(3), yielder(5))
    print("yielded:", results, "call_soon calls:", loop.soon - before)

    fut = WatchedFuture(loop=loop)
    waiter = asyncio.create_task(wait_watched(fut))
    await asyncio.sleep(0)
    print("watched waiters:", WatchedFuture.waiters)
    fut.set_result("done")
    print("waiter got:", await waiter)

    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled:", t.cancelled())

    early = asyncio.create_task(yielder(2))
    early.cancel()
    try:
        await early
    except asyncio.CancelledError:
        print("cancelled before its first step:", early.cancelled())

    current = asyncio.current_task()
    print("current task is main:", current.get_name() == "main")


loop = CountingLoop()
try:
    loop.run_until_complete(loop.create_task(main(), name="main"))
finally:
    loop.close()
