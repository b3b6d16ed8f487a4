# Three kinds of endpoint, each hit by three requests at once. A plain `def`
# endpoint is run in a worker thread, so blocking there is fine; an `async def`
# endpoint that blocks freezes the loop and the requests queue up; a truly
# async one overlaps them. The framework is a simulated stand-in (its dispatch
# rule is FastAPI's).
import asyncio
import inspect
import time


def blocking_database_call():
    time.sleep(0.5)  # a synchronous driver
    return "rows"


async def async_database_call():
    await asyncio.sleep(0.5)  # an async driver
    return "rows"


def sync_endpoint():  # good: runs in the thread pool
    return blocking_database_call()


async def broken_endpoint():  # bad: blocks the event loop
    return blocking_database_call()


async def async_endpoint():  # good: awaits without blocking
    return await async_database_call()


async def dispatch(endpoint):
    """What the framework does with a request."""
    if inspect.iscoroutinefunction(endpoint):
        return await endpoint()
    return await asyncio.to_thread(endpoint)


async def main():
    for path, endpoint in [
        ("/sync", sync_endpoint),
        ("/broken", broken_endpoint),
        ("/async", async_endpoint),
    ]:
        began = time.perf_counter()
        await asyncio.gather(*(dispatch(endpoint) for _ in range(3)))
        took = time.perf_counter() - began
        print(f"GET {path}: 3 requests at once took {took:.1f}s")


asyncio.run(main())
