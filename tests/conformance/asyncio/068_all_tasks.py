import asyncio


async def idle():
    await asyncio.sleep(0.05)


async def main():
    asyncio.current_task().set_name("main")
    print("only main:", sorted(t.get_name() for t in asyncio.all_tasks()))
    ts = [asyncio.create_task(idle(), name=f"idle-{i}") for i in (3, 1, 2)]
    print("count:", len(asyncio.all_tasks()))
    print("names:", sorted(t.get_name() for t in asyncio.all_tasks()))
    ts[0].cancel()
    await asyncio.sleep(0)
    print("after cancel:", sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.gather(*ts, return_exceptions=True)
    print("finished:", sorted(t.get_name() for t in asyncio.all_tasks()))
    print("type:", type(asyncio.all_tasks()).__name__)


asyncio.run(main())
