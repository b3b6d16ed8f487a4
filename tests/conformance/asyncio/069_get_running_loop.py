import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print("is running:", loop.is_running())
    print("get_event_loop same:", asyncio.get_event_loop() is loop)
    print("is closed:", loop.is_closed())
    return loop


try:
    asyncio.get_running_loop()
except RuntimeError as exc:
    print("outside:", exc)
loop = asyncio.run(main())
print("after run closed:", loop.is_closed(), "running:", loop.is_running())
