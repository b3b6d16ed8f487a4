# FIRST_COMPLETED, then the rest: both done sets in identity order.
import asyncio
async def job(n):
    await asyncio.sleep(0.1 * (n % 3))
    return n
async def main():
    tasks = [asyncio.create_task(job(i)) for i in range(10)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), [t.result() for t in done])
    done, pending = await asyncio.wait(pending)
    print([t.result() for t in done])
asyncio.run(main())
