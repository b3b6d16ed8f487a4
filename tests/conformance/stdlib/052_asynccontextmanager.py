from contextlib import asynccontextmanager, nullcontext


@asynccontextmanager
async def connection(name):
    print("connect", name)
    try:
        yield f"conn-{name}"
    finally:
        print("disconnect", name)


async def main():
    async with connection("db") as conn:
        print("using", conn)
    try:
        async with connection("api"):
            raise ValueError("request failed")
    except ValueError as e:
        print("caught", e)
    async with nullcontext(42) as n:
        print("null", n)
    return "finished"


coro = main()
try:
    coro.send(None)
except StopIteration as stop:
    print(stop.value)
