# A set of six tasks prints in the order of their identity hashes, which follow where CPython's allocator puts tasks.
import asyncio
async def job(n):
    await asyncio.sleep(0.01 * n)
async def main():
    tasks = {asyncio.create_task(job(i), name=f"job-{i}") for i in range(6)}
    print([t.get_name() for t in tasks])
    await asyncio.gather(*tasks)
asyncio.run(main())
