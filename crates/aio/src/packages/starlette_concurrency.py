# Loopscope's starlette.concurrency: running blocking functions off the loop, in a pool of
# 40 virtual threads (anyio's default limit), so a `def` endpoint does not stop the loop.

import asyncio
import functools
from concurrent.futures import ThreadPoolExecutor

_POOL = None


def _pool():
    global _POOL
    if _POOL is None:
        _POOL = ThreadPoolExecutor(max_workers=40, thread_name_prefix='AnyIO worker thread')
    return _POOL


async def run_in_threadpool(func, *args, **kwargs):
    """`func(*args, **kwargs)` on a worker thread; the loop goes on meanwhile."""
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(_pool(), functools.partial(func, *args, **kwargs))


class _StopIteration(Exception):
    pass


def _next(iterator):
    try:
        return next(iterator)
    except StopIteration:
        raise _StopIteration


async def iterate_in_threadpool(iterator):
    """An async iterator over a blocking one, each `next` on a worker thread."""
    as_iterator = iter(iterator)
    while True:
        try:
            yield await run_in_threadpool(_next, as_iterator)
        except _StopIteration:
            break
