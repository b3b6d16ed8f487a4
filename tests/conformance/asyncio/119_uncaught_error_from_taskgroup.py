import asyncio


async def bad(n):
    await asyncio.sleep(0.01 * n)
    raise RuntimeError(f"bad {n}")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(1))
            print("group body finished")
    except* RuntimeError as eg:
        print("translating", len(eg.exceptions), "error(s)")
        raise LookupError("translated from the task group") from eg


asyncio.run(main())
print("not reached")
