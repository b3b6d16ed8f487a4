import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")


async def handler(rid):
    request_id.set(rid)
    await asyncio.sleep(0.01)
    print("handler", rid, "sees", request_id.get())
    await child()


async def child():
    print("  child sees", request_id.get())


async def main():
    request_id.set("main")
    await asyncio.gather(handler("r1"), handler("r2"))
    print("main still sees", request_id.get())
    t = asyncio.create_task(child())
    request_id.set("changed-after-create")
    await t
    ctx = contextvars.Context()
    t2 = asyncio.create_task(child(), context=ctx)
    await t2
    print("var name:", request_id.name)


asyncio.run(main())
