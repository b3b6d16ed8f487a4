import asyncio


async def failer():
    await asyncio.sleep(0.02)
    raise OSError("disk gone")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failer())
            try:
                print("body: awaiting long sleep")
                await asyncio.sleep(0.5)
                print("body: not reached")
            except asyncio.CancelledError:
                print("body: cancelled by the group")
                raise
    except* OSError as eg:
        print("group raised:", [repr(e) for e in eg.exceptions])
    print("main cancelling() after:", asyncio.current_task().cancelling())


asyncio.run(main())
