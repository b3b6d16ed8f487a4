import asyncio

cancelled_names = []


async def child(name):
    try:
        await asyncio.sleep(0.5)
    except asyncio.CancelledError:
        cancelled_names.append(name)
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c1"))
            tg.create_task(child("c2"))
            await asyncio.sleep(0.01)
            raise RuntimeError("body exploded")
    except* RuntimeError as eg:
        print("caught:", [str(e) for e in eg.exceptions])
        print("group message:", eg.message)
    print("cancelled because body raised:", sorted(cancelled_names))


asyncio.run(main())
