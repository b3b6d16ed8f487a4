import asyncio


async def job(name, d):
    await asyncio.sleep(d)
    return name


async def main():
    coros = [job("third", 0.07), job("first", 0.01), job("second", 0.04)]
    for i, fut in enumerate(asyncio.as_completed(coros)):
        name = await fut
        print(i, name)


asyncio.run(main())
