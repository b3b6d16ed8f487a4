# Four sleep(0.1) timers end in one loop iteration, so all four tasks are done by the
# time wait() returns.
import asyncio

async def job(i):
    await asyncio.sleep(0.1)
    print("job", i, "finished")
    return i

async def main():
    tasks = [asyncio.create_task(job(i)) for i in range(4)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", sorted(t.result() for t in done), "pending:", len(pending))

asyncio.run(main())
