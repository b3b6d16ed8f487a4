# Decorators on coroutine functions, as tutorials write them: functools.wraps keeps the
# name and docstring, a retry decorator, and a decorator with arguments.
import asyncio
import functools


def logged(func):
    @functools.wraps(func)
    async def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args}")
        result = await func(*args, **kwargs)
        print(f"{func.__name__} returned {result!r}")
        return result
    return wrapper


def retry(times):
    def decorate(func):
        @functools.wraps(func)
        async def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return await func(*args)
                except ConnectionError as e:
                    print(f"attempt {attempt} failed: {e}")
                    await asyncio.sleep(0.01)
            raise RuntimeError(f"{func.__name__} gave up after {times} attempts")
        return wrapper
    return decorate


@logged
async def add(a, b):
    """Add two numbers slowly."""
    await asyncio.sleep(0.01)
    return a + b


calls = 0


@retry(times=3)
async def flaky():
    global calls
    calls += 1
    if calls < 3:
        raise ConnectionError(f"reset #{calls}")
    return "connected"


@retry(times=2)
async def hopeless():
    raise ConnectionError("down")


async def main():
    print(add.__name__, add.__doc__, asyncio.iscoroutinefunction(add))
    print(await add(2, 3))
    print(await flaky())
    try:
        await hopeless()
    except RuntimeError as e:
        print("RuntimeError:", e, "| wrapped:", hopeless.__wrapped__.__name__)


asyncio.run(main())
