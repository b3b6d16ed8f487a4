import asyncio


async def instant_fail():
    raise ValueError("instant")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(instant_fail())
            print("body finishes without awaiting")
        print("not reached")
    except* ValueError as eg:
        print("caught", [str(e) for e in eg.exceptions])
    print("cancelling after:", asyncio.current_task().cancelling())


asyncio.run(main())
