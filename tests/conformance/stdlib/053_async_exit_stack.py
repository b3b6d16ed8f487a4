from contextlib import AsyncExitStack, asynccontextmanager


@asynccontextmanager
async def session(n):
    print("open", n)
    yield n * 10
    print("close", n)


async def cleanup(label):
    print("async cleanup", label)


async def main():
    async with AsyncExitStack() as stack:
        values = [await stack.enter_async_context(session(i)) for i in range(3)]
        print(values)
        stack.push_async_callback(cleanup, "x")
        stack.callback(print, "sync cleanup")
    print("all closed")


coro = main()
try:
    coro.send(None)
except StopIteration:
    print("done")
