import asyncio


async def failing():
    await asyncio.sleep(0.01)
    raise ArithmeticError("bad math")


async def main():
    try:
        await asyncio.shield(failing())
    except ArithmeticError as exc:
        print("shield propagated:", exc)
    r = await asyncio.shield(asyncio.sleep(0.01, result="plain"))
    print("shield result:", r)


asyncio.run(main())
