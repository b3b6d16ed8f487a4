import asyncio


async def say(msg):
    print(msg, "start")
    await asyncio.sleep(0)
    print(msg, "end")
    return msg


async def main():
    asyncio.create_task(say("pre-existing task"))
    res = await asyncio.gather(say("gather arg 1"), say("gather arg 2"))
    print(res)


asyncio.run(main())
