# Results of a done set joined into one string.
import asyncio
async def step(name, secs):
    await asyncio.sleep(secs)
    return name
async def main():
    tasks = {asyncio.create_task(step(n, 0.1)) for n in "abcdefg"}
    done, _ = await asyncio.wait(tasks)
    print("".join(t.result() for t in done))
asyncio.run(main())
