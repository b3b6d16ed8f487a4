import asyncio


async def careful():
    try:
        await asyncio.sleep(1)
    finally:
        print("careful: cleanup start")
        await asyncio.sleep(0.02)
        print("careful: cleanup end")


async def failer():
    await asyncio.sleep(0.01)
    print("failer raising")
    raise ValueError("x")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(careful())
            tg.create_task(failer())
    except* ValueError:
        print("group exited only after cleanup finished")


asyncio.run(main())
