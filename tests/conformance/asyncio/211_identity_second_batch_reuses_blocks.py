# A second batch of tasks takes the blocks the first batch freed, most recently freed first.
import asyncio
async def step(n):
    await asyncio.sleep(0.01)
async def main():
    await asyncio.sleep(0.1)
    ts = {asyncio.create_task(step(i), name=f"t{i}") for i in range(3)}
    print([t.get_name() for t in ts])
    await asyncio.gather(*ts)
    ts = {asyncio.create_task(step(i), name=f"u{i}") for i in range(3)}
    print([t.get_name() for t in ts])
    await asyncio.gather(*ts)
asyncio.run(main())
