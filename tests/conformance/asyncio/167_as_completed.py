# as_completed: completion order, results and exceptions, and a timeout.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} failed")
    return name


async def main():
    coros = [job("slow", 0.06), job("fast", 0.02), job("mid", 0.04)]
    for fut in asyncio.as_completed(coros):
        print("completed:", await fut)

    coros = [job("ok", 0.02), job("bad", 0.03, fail=True), job("late", 0.05)]
    for fut in asyncio.as_completed(coros):
        try:
            print("result:", await fut)
        except RuntimeError as e:
            print("error:", e)

    coros = [job("quick", 0.01), job("never", 1)]
    try:
        for fut in asyncio.as_completed(coros, timeout=0.05):
            print("got", await fut)
    except TimeoutError:
        print("as_completed timed out")
    print(len([t for t in asyncio.all_tasks() if not t.done()]) >= 1)


asyncio.run(main())
