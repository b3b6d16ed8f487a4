import asyncio


async def body():
    print("body ran (unexpected)")
    try:
        await asyncio.sleep(0)
    finally:
        print("finally ran (unexpected)")


async def main():
    t = asyncio.create_task(body())
    print("cancel() ->", t.cancel("early"))
    print("done immediately:", t.done())
    try:
        await t
    except asyncio.CancelledError as exc:
        print("CancelledError", exc.args)
    print("cancelled:", t.cancelled())


asyncio.run(main())
