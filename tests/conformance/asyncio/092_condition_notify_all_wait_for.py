import asyncio


async def watcher(name, cond, state, target):
    async with cond:
        await cond.wait_for(lambda: state["n"] >= target)
        print(name, "saw n =", state["n"], "target", target)


async def main():
    cond = asyncio.Condition()
    state = {"n": 0}
    tasks = [
        asyncio.create_task(watcher("low", cond, state, 1)),
        asyncio.create_task(watcher("high", cond, state, 3)),
        asyncio.create_task(watcher("mid", cond, state, 2)),
    ]
    for _ in range(3):
        await asyncio.sleep(0.01)
        async with cond:
            state["n"] += 1
            print("n ->", state["n"])
            cond.notify_all()
    await asyncio.gather(*tasks)
    try:
        cond.notify()
    except RuntimeError as exc:
        print("notify without lock:", exc)
    try:
        await cond.wait()
    except RuntimeError as exc:
        print("wait without lock:", exc)


asyncio.run(main())
