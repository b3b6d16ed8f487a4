import asyncio


async def fail(exc, d):
    await asyncio.sleep(d)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(KeyError("k"), 0))
            tg.create_task(fail(TypeError("t"), 0))
            tg.create_task(fail(IndexError("later"), 0.3))
    except* KeyError as eg:
        print("KeyError part:", [repr(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TypeError part:", [repr(e) for e in eg.exceptions])
    except* IndexError:
        print("IndexError part (unexpected)")


asyncio.run(main())
