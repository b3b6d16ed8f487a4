import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("cb1 sees", f.result()))
    fut.add_done_callback(lambda f: print("cb2 sees", f.result()))
    print("before set_result")
    fut.set_result("value")
    print("after set_result (callbacks not yet run)")
    loop.call_soon(print, "call_soon scheduled after set_result")
    await asyncio.sleep(0)
    print("after sleep(0)")
    fut.add_done_callback(lambda f: print("cb3 added after done"))
    print("cb3 added")
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
