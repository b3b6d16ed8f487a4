import asyncio


async def background():
    await asyncio.sleep(0.15)
    print("background finished")
    return "bg"


async def main():
    t = asyncio.create_task(background())
    try:
        await asyncio.wait_for(asyncio.shield(t), 0.03)
    except TimeoutError:
        print("wait_for timed out; task cancelled?", t.cancelled())
    print("task result:", await t)


asyncio.run(main())
