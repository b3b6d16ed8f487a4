import asyncio


async def job(name, d):
    await asyncio.sleep(d)
    return name


async def main():
    tasks = [
        asyncio.create_task(job("fast", 0.01)),
        asyncio.create_task(job("slow", 0.5)),
        asyncio.create_task(job("medium", 0.03)),
    ]
    got = []
    try:
        for fut in asyncio.as_completed(tasks, timeout=0.1):
            got.append(await fut)
            print("got", got[-1])
    except TimeoutError:
        print("as_completed timed out after", len(got), "results")
    print("slow still running:", not tasks[1].done())
    tasks[1].cancel()
    await asyncio.gather(tasks[1], return_exceptions=True)


asyncio.run(main())
