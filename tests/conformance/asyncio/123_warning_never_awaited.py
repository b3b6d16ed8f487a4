import asyncio


async def forgotten():
    print("never runs")


async def main():
    forgotten()
    await asyncio.sleep(0)
    print("main continues after forgetting a coroutine")


asyncio.run(main())
print("program end")
