import asyncio


async def item(n):
    await asyncio.sleep(0)
    print("item", n, "done")
    return n


async def watcher(g):
    r = await g
    print("watcher got", r)


async def main():
    g = asyncio.gather(item(1), item(2))
    g.add_done_callback(lambda f: print("gather callback", f.result()))
    w = asyncio.create_task(watcher(g))
    r = await g
    print("main got", r)
    await w


asyncio.run(main())
