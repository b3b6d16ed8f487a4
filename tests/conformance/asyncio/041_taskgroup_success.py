import asyncio


async def job(name, d):
    await asyncio.sleep(d)
    print("finished", name)
    return name.upper()


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("a", 0.03))
        t2 = tg.create_task(job("b", 0.01), name="named-b")
        t3 = tg.create_task(job("c", 0.02))
        print("body done; waiting for children")
    print("results:", t1.result(), t2.result(), t3.result())
    print("t2 name:", t2.get_name())


asyncio.run(main())
