import asyncio


async def worker(fut):
    await asyncio.sleep(0.01)
    fut.set_result("worker filled future")
    return "worker done"


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = loop.create_task(worker(fut), name="via-loop")
    print("task name:", t.get_name())
    print("is Task:", isinstance(t, asyncio.Task), "is Future:", isinstance(fut, asyncio.Future))
    print(await fut)
    print(await t)


asyncio.run(main())
