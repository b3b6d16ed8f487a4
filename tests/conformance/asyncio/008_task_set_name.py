import asyncio


async def report():
    await asyncio.sleep(0)
    print("inside:", asyncio.current_task().get_name())


async def main():
    t = asyncio.create_task(report(), name="first")
    print("initial:", t.get_name())
    t.set_name("renamed")
    print("after set:", t.get_name())
    t.set_name(42)
    print("non-str:", repr(t.get_name()))
    await t
    asyncio.current_task().set_name("main-task")
    print("main:", asyncio.current_task().get_name())


asyncio.run(main())
