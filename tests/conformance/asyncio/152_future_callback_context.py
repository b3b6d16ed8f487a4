import asyncio
import contextvars

who = contextvars.ContextVar("who", default="default")


def cb(fut):
    print("callback sees", who.get(), "result", fut.result())


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    who.set("at-add-time")
    fut.add_done_callback(cb)
    ctx = contextvars.Context()
    ctx.run(who.set, "custom-ctx")
    fut.add_done_callback(cb, context=ctx)
    who.set("at-set-time")
    fut.set_result(1)
    await asyncio.sleep(0)


asyncio.run(main())
