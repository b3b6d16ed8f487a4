import asyncio

iteration = 0


def tick(loop, remaining):
    global iteration
    iteration += 1
    if remaining:
        loop.call_soon(tick, loop, remaining - 1)


def at(label):
    print(f"[iter {iteration}] {label}")


async def setter(fut):
    at("setter runs")
    fut.set_result("v")
    at("setter set result")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(tick, loop, 20)
    fut = loop.create_future()
    at("main start")
    asyncio.create_task(setter(fut))
    await fut
    at("main woke from future")
    await asyncio.sleep(0)
    at("main after sleep(0)")
    t = asyncio.create_task(asyncio.sleep(0, "x"))
    await t
    at("main after awaiting a task that sleeps 0")
    q = asyncio.Queue()
    loop.call_soon(q.put_nowait, 1)
    await q.get()
    at("main after queue get")
    await asyncio.gather(asyncio.sleep(0))
    at("main after gather of one sleep(0)")


asyncio.run(main())
