import asyncio

holder = {}


async def selfish():
    await asyncio.sleep(0)
    await holder["task"]


async def main():
    t = asyncio.create_task(selfish())
    holder["task"] = t
    try:
        await t
    except RuntimeError as exc:
        print("RuntimeError:", str(exc).split(":")[0])


asyncio.run(main())
