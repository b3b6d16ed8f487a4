import asyncio


async def child():
    print("child sees:", asyncio.current_task().get_name())
    await asyncio.sleep(0)
    print("child still:", asyncio.current_task().get_name())


async def main():
    asyncio.current_task().set_name("the-main")
    print("main sees:", asyncio.current_task().get_name())
    t = asyncio.create_task(child(), name="kid")
    await t
    print("current is not kid:", asyncio.current_task() is not t)
    loop = asyncio.get_running_loop()
    print("current_task(loop) same:", asyncio.current_task(loop) is asyncio.current_task())


print("outside loop:")
try:
    asyncio.current_task()
except RuntimeError as exc:
    print("RuntimeError:", exc)
asyncio.run(main())
