import asyncio


async def body(tag):
    print(tag, "body start")
    await asyncio.sleep(0)
    print(tag, "body end")
    return tag


async def side():
    for i in range(4):
        print("side", i)
        await asyncio.sleep(0)


async def main():
    s = asyncio.create_task(side())
    r = await asyncio.wait_for(body("wf"), timeout=5)
    print("wait_for ->", r)
    r = await asyncio.shield(body("sh"))
    print("shield ->", r)
    await s


asyncio.run(main())
