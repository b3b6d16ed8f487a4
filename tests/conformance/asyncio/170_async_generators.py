# Async generators: async for, aclose running finally, athrow, asend, early break,
# async comprehensions, and StopAsyncIteration.
import asyncio


async def ticker(n):
    try:
        for i in range(n):
            await asyncio.sleep(0.01)
            yield i
    finally:
        print("ticker cleanup")


async def echo():
    received = None
    while True:
        try:
            received = yield f"echo {received}"
        except ValueError as e:
            received = f"caught {e}"


async def main():
    async for i in ticker(3):
        print("tick", i)

    gen = ticker(10)
    print(await gen.__anext__(), await anext(gen))
    await gen.aclose()
    print("closed")
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("StopAsyncIteration after aclose")
    print(await anext(gen, "default"))

    e = echo()
    print(await e.asend(None))
    print(await e.asend("hi"))
    print(await e.athrow(ValueError("oops")))
    await e.aclose()

    squares = [x * x async for x in ticker(4) if x % 2 == 0]
    print(squares)

    async def gen_break():
        g = ticker(5)
        async for v in g:
            if v == 1:
                break
        await g.aclose()
        print("after break and aclose")

    await gen_break()
    print(type(ticker(1)).__name__, hasattr(ticker(1), "__aiter__"))


asyncio.run(main())
