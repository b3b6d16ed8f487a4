import asyncio


async def quick():
    return "q"


async def main():
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print("done:", t.done())
    print("cancel() on done task ->", t.cancel())
    print("cancelled:", t.cancelled(), "result:", t.result())


asyncio.run(main())
