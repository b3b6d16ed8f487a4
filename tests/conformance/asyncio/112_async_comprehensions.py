import asyncio


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def main():
    print("list:", [x async for x in agen(5)])
    print("filtered:", [x async for x in agen(10) if x % 3 == 0])
    print("set:", sorted({x % 2 async for x in agen(6)}))
    print("dict:", {x: x * x async for x in agen(4)})
    print("await in comp:", [await double(x) for x in range(4)])
    print("both:", [await double(x) async for x in agen(3)])
    g = (x + 100 async for x in agen(3))
    print("async genexpr type:", type(g).__name__)
    print("from genexpr:", [v async for v in g])


asyncio.run(main())
