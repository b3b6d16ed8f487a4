import asyncio


async def val(x, d):
    await asyncio.sleep(d)
    return x


async def main():
    g1 = asyncio.gather(val(1, 0.03), val(2, 0.01))
    g2 = asyncio.gather(val("x", 0.02), asyncio.gather(val("deep", 0.01), val("er", 0)))
    outer = await asyncio.gather(g1, g2, val(None, 0))
    print(outer)


asyncio.run(main())
