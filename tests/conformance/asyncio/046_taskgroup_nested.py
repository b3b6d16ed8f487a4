import asyncio


async def leaf(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(name)
    print("leaf", name, "ok")
    return name


async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(leaf("i1", 0.01))
        tg.create_task(leaf("i2", 0.03, fail=True))
    return "unreachable"


async def main():
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(leaf("o1", 0.02))
            outer.create_task(inner_group())
            outer.create_task(leaf("o2", 0.5))
    except* ValueError as eg:
        print("outer group message:", eg.message)
        for e in eg.exceptions:
            print(" ", type(e).__name__, e.message if isinstance(e, BaseExceptionGroup) else "")
            if isinstance(e, BaseExceptionGroup):
                for sub in e.exceptions:
                    print("   ", repr(sub))


asyncio.run(main())
