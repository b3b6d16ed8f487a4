import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f2 = loop.create_future()
    f1.add_done_callback(lambda f: print("f1 cb A"))
    f2.add_done_callback(lambda f: print("f2 cb A"))
    f1.add_done_callback(lambda f: print("f1 cb B"))
    f2.set_result(2)
    f1.set_result(1)
    f2.add_done_callback(lambda f: print("f2 cb B (added after done)"))
    print("both set")
    await asyncio.sleep(0)
    print("after one iteration")


asyncio.run(main())
