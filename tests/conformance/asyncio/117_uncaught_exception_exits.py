import asyncio


async def step(n):
    await asyncio.sleep(0)
    if n == 2:
        raise ValueError(f"step {n} failed")
    print("step", n, "ok")


async def main():
    for n in range(4):
        await step(n)


asyncio.run(main())
print("not reached")
