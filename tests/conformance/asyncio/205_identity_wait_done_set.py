# asyncio.wait's done set iterates in identity order.
import asyncio
async def job(n):
    await asyncio.sleep(0.1)
    return n
async def main():
    tasks = [asyncio.create_task(job(i)) for i in range(5)]
    done, pending = await asyncio.wait(tasks)
    print([t.result() for t in done])
asyncio.run(main())
