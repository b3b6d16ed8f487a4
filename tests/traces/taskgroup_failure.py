import asyncio


async def ok(delay):
    await asyncio.sleep(delay)
    return delay


async def boom():
    await asyncio.sleep(0.1)
    raise ValueError("boom")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(0.5))
            tg.create_task(boom())
    except* ValueError as eg:
        print("caught", [str(e) for e in eg.exceptions])


asyncio.run(main())
