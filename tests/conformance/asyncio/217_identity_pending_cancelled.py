# The pending set of a wait with a timeout, cancelled in its order.
import asyncio
async def sleeper(n):
    try:
        await asyncio.sleep(5)
    finally:
        print("cleanup", n)
async def main():
    tasks = [asyncio.create_task(sleeper(i)) for i in range(4)]
    await asyncio.sleep(0.1)
    done, pending = await asyncio.wait(tasks, timeout=0.1)
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
asyncio.run(main())
