import asyncio


async def failer():
    await asyncio.sleep(0.01)
    raise KeyError("child")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failer())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body cancelled; raising its own error")
                raise RuntimeError("body error")
    except* KeyError as eg:
        print("KeyError part:", [repr(e) for e in eg.exceptions])
    except* RuntimeError as eg:
        print("RuntimeError part:", [repr(e) for e in eg.exceptions])


asyncio.run(main())
