import asyncio


async def compute(x):
    await asyncio.sleep(0.01)
    return x * 2


async def main():
    r = await asyncio.wait_for(compute(21), timeout=1)
    print("result:", r)
    r2 = await asyncio.wait_for(compute(5), timeout=None)
    print("no timeout:", r2)
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("ready")
    print("done future:", await asyncio.wait_for(fut, 0.5))


asyncio.run(main())
