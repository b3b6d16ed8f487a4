# The exceptions of a done set, in its order.
import asyncio
async def boom(n):
    await asyncio.sleep(0.01)
    raise ValueError(f"bad {n}")
async def main():
    tasks = [asyncio.create_task(boom(i)) for i in range(4)]
    done, _ = await asyncio.wait(tasks)
    for t in done:
        print(repr(t.exception()))
asyncio.run(main())
