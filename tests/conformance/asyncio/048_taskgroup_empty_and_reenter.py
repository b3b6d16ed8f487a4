import asyncio


async def main():
    async with asyncio.TaskGroup() as tg:
        print("empty body")
    print("exited empty group")
    try:
        async with tg:
            pass
    except RuntimeError as exc:
        print("reuse:", exc)

    async with asyncio.TaskGroup() as tg2:
        t = tg2.create_task(asyncio.sleep(0.01, result="slept"))
        async with asyncio.TaskGroup() as inner:
            u = inner.create_task(asyncio.sleep(0.02, result="inner"))
    print(t.result(), u.result())


asyncio.run(main())
