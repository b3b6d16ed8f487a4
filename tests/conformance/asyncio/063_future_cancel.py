import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("callback: cancelled =", f.cancelled()))
    print("cancel ->", fut.cancel(msg="future msg"))
    print("cancel again ->", fut.cancel())
    print("done:", fut.done())
    try:
        fut.result()
    except asyncio.CancelledError as exc:
        print("result() raises CancelledError", exc.args)
    try:
        await fut
    except asyncio.CancelledError as exc:
        print("await raises CancelledError", exc.args)
    await asyncio.sleep(0)


asyncio.run(main())
