import asyncio


async def task_body(name):
    print("task", name, "step 1")
    await asyncio.sleep(0)
    print("task", name, "step 2")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "callback 1")
    asyncio.create_task(task_body("A"))
    loop.call_soon(print, "callback 2")
    asyncio.create_task(task_body("B"))
    loop.call_soon(print, "callback 3")
    print("main yields")
    await asyncio.sleep(0)
    print("main back")
    loop.call_soon(print, "callback 4")
    await asyncio.sleep(0)
    print("main end")


asyncio.run(main())
