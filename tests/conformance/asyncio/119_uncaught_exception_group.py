import asyncio


async def bad(n):
    await asyncio.sleep(0.01 * n)
    raise RuntimeError(f"bad {n}")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad(1))
        print("group body finished")


asyncio.run(main())
