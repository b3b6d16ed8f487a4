import asyncio


async def waiter(name, fut):
    v = await fut
    print(name, "got", v)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    tasks = [asyncio.create_task(waiter(f"w{i}", fut)) for i in range(3)]
    await asyncio.sleep(0)
    fut.add_done_callback(lambda f: print("plain callback"))
    print("setting")
    fut.set_result(10)
    await asyncio.gather(*tasks)


asyncio.run(main())
