import asyncio


async def raises_on_cancel():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise OSError("failed during cancellation")


async def failer():
    await asyncio.sleep(0.01)
    raise ValueError("original")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(raises_on_cancel())
            tg.create_task(failer())
    except* ValueError as eg:
        print("ValueError:", [str(e) for e in eg.exceptions])
    except* OSError as eg:
        print("OSError:", [str(e) for e in eg.exceptions])


asyncio.run(main())
