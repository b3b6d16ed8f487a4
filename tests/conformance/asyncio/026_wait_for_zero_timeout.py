import asyncio


async def quick():
    print("quick body ran")
    return 1


async def main():
    try:
        await asyncio.wait_for(quick(), timeout=0)
    except TimeoutError:
        print("timeout=0 on unstarted coroutine -> TimeoutError")
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(7)
    print("timeout=0 on done future:", await asyncio.wait_for(fut, 0))
    t = asyncio.create_task(asyncio.sleep(0.5))
    try:
        await asyncio.wait_for(t, -1)
    except TimeoutError:
        print("negative timeout; task cancelled:", t.cancelled())


asyncio.run(main())
