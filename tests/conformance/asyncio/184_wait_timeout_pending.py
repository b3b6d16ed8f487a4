# asyncio.wait with a timeout leaves the slow tasks pending (still running); they are
# cancelled afterwards and their finally blocks run.
import asyncio


async def job(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    finally:
        print("finally", name)


async def main():
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in [("fast", 0.01), ("mid", 0.03), ("slow", 0.2)]]
    done, pending = await asyncio.wait(tasks, timeout=0.05)
    print("done", sorted(t.get_name() for t in done), "pending", sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print([t.cancelled() for t in tasks])
    done, pending = await asyncio.wait([asyncio.create_task(job("z", 0.01))], return_when=asyncio.ALL_COMPLETED)
    print(len(done), len(pending))
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
