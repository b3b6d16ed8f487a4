import asyncio

calls = 0


async def counted():
    global calls
    calls += 1
    await asyncio.sleep(0.01)
    return calls


async def main():
    t = asyncio.create_task(counted())
    res = await asyncio.gather(t, t, t)
    print("results:", res)
    print("calls:", calls)


asyncio.run(main())
