import asyncio


async def guarded(fut, label):
    try:
        async with asyncio.timeout(10) as cm:
            holder[label] = cm
            v = await fut
            print(label, "got", v)
    except TimeoutError:
        print(label, "timed out although a result was ready")


holder = {}


async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    t1 = asyncio.create_task(guarded(f1, "result-first"))
    await asyncio.sleep(0)
    f1.set_result(1)
    holder["result-first"].reschedule(loop.time())
    await t1

    f2 = loop.create_future()
    t2 = asyncio.create_task(guarded(f2, "timeout-first"))
    await asyncio.sleep(0)
    holder["timeout-first"].reschedule(loop.time())
    f2.set_result(2)
    await t2


asyncio.run(main())
