import asyncio


async def sleeper(name, delay):
    await asyncio.sleep(delay)
    print("woke", name)
    return name


async def main():
    tasks = [
        asyncio.create_task(sleeper("slow", 0.09)),
        asyncio.create_task(sleeper("fast", 0.01)),
        asyncio.create_task(sleeper("mid", 0.05)),
    ]
    results = await asyncio.gather(*tasks)
    print("gathered:", results)


asyncio.run(main())
