import asyncio


async def noop():
    await asyncio.sleep(0)


async def main():
    base = asyncio.current_task().get_name()
    print("main name is Task-N:", base.startswith("Task-"))
    base_n = int(base.split("-")[1])
    tasks = [asyncio.create_task(noop()) for _ in range(4)]
    for t in tasks:
        n = int(t.get_name().split("-")[1])
        print("offset", n - base_n)
    named = asyncio.create_task(noop(), name="custom")
    after = asyncio.create_task(noop())
    print("named:", named.get_name())
    print("after offset:", int(after.get_name().split("-")[1]) - base_n)
    await asyncio.gather(*tasks, named, after)


asyncio.run(main())
