import asyncio

cancelled_names = []


async def sibling(name):
    try:
        await asyncio.sleep(0.5)
        print(name, "finished (unexpected)")
    except asyncio.CancelledError:
        cancelled_names.append(name)
        raise


async def failer():
    await asyncio.sleep(0.02)
    raise ValueError("child failed")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            s1 = tg.create_task(sibling("s1"))
            tg.create_task(failer())
            s2 = tg.create_task(sibling("s2"))
    except* ValueError as eg:
        print("caught group:", type(eg).__name__, [str(e) for e in eg.exceptions])
    # TaskGroup cancels children in set order, so sort before printing
    print("cancelled in children:", sorted(cancelled_names))
    print("siblings cancelled:", s1.cancelled(), s2.cancelled())


asyncio.run(main())
