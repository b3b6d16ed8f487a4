# Cancelling every task but the current one, in all_tasks()'s order.
import asyncio
async def worker(n):
    await asyncio.sleep(1)
async def main():
    tasks = [asyncio.create_task(worker(i), name=f"worker-{i}") for i in range(5)]
    await asyncio.sleep(0.1)
    for t in asyncio.all_tasks():
        if t is not asyncio.current_task():
            t.cancel()
            print("cancelled", t.get_name())
    await asyncio.gather(*tasks, return_exceptions=True)
asyncio.run(main())
