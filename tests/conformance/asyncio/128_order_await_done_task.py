import asyncio


async def quick():
    return "quick"


async def other():
    print("other task step")


async def main():
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print("t done:", t.done())
    asyncio.create_task(other())
    r = await t
    print("awaited done task without yielding:", r)
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
