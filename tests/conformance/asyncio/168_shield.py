# shield: cancelling the outer await leaves the inner task running to completion.
import asyncio


async def save(data):
    print("saving", data)
    await asyncio.sleep(0.05)
    print("saved", data)
    return len(data)


async def main():
    inner = asyncio.create_task(save("report"))
    outer = asyncio.create_task(asyncio.wait_for(asyncio.shield(inner), timeout=0.02))
    try:
        await outer
    except TimeoutError:
        print("outer timed out; inner cancelled:", inner.cancelled())
    print("inner result:", await inner)

    async def caller():
        return await asyncio.shield(save("log"))

    t = asyncio.create_task(caller())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("caller cancelled")
    await asyncio.sleep(0.06)

    fut = asyncio.get_running_loop().create_future()
    fut.set_result(7)
    print(await asyncio.shield(fut))


asyncio.run(main())
