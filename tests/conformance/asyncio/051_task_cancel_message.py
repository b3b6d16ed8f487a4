import asyncio


async def victim():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as exc:
        print("inside args:", exc.args)
        raise


async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0.01)
    print("cancel() ->", t.cancel(msg="stop now"))
    try:
        await t
    except asyncio.CancelledError as exc:
        print("outside args:", exc.args)
    print("cancelled():", t.cancelled())
    print("cancel again ->", t.cancel("again"))

    t2 = asyncio.create_task(victim())
    await asyncio.sleep(0.01)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError as exc:
        print("no message args:", exc.args)


asyncio.run(main())
