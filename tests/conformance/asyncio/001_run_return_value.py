import asyncio


async def compute(a, b):
    await asyncio.sleep(0)
    return a * b + 1


result = asyncio.run(compute(6, 7))
print("result:", result)
print("type:", type(result).__name__)
print("second run:", asyncio.run(compute(2, 3)))
