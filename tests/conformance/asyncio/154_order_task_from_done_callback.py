import asyncio


async def follow_up(tag):
    print("follow-up task", tag, "runs")


async def first():
    await asyncio.sleep(0)
    print("first finishes")


async def main():
    t = asyncio.create_task(first())

    def on_done(_):
        print("done callback creates a task")
        asyncio.get_running_loop().call_soon(print, "callback queued by done callback")
        asyncio.create_task(follow_up("X"))

    t.add_done_callback(on_done)
    await t
    print("main resumed after first")
    await asyncio.sleep(0)
    print("main after sleep(0)")
    await asyncio.sleep(0)
    print("main end")


asyncio.run(main())
