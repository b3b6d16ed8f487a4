import asyncio


async def failer():
    await asyncio.sleep(0.01)
    raise ValueError("first failure")


async def late():
    print("late task body ran (unexpected)")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failer())
            try:
                await asyncio.sleep(0.5)
            except asyncio.CancelledError:
                pass
            try:
                coro = late()
                tg.create_task(coro)
            except RuntimeError as exc:
                print("create_task after abort:", exc)
                coro.close()
    except* ValueError:
        print("group failed as expected")

    tg2 = asyncio.TaskGroup()
    async with tg2:
        pass
    coro = late()
    try:
        tg2.create_task(coro)
    except RuntimeError as exc:
        print("after exit:", exc)
        coro.close()
    tg3 = asyncio.TaskGroup()
    coro = late()
    try:
        tg3.create_task(coro)
    except RuntimeError as exc:
        print("before enter:", exc)
        coro.close()


asyncio.run(main())
