# contextvars in tasks: each task copies the context at creation, changes stay inside
# the task, reset with a token, and an explicit context= for create_task.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")


async def handler(n):
    request_id.set(f"req-{n}")
    await asyncio.sleep(0.01 * n)
    print(f"handler {n} sees {request_id.get()}")
    return request_id.get()


async def main():
    print("main before:", request_id.get())
    token = request_id.set("main")
    results = await asyncio.gather(handler(1), handler(2))
    print(results, "main still sees", request_id.get())
    request_id.reset(token)
    print("after reset:", request_id.get())

    async def read():
        return request_id.get()

    request_id.set("outer")
    task = asyncio.create_task(read())
    request_id.set("changed after create")
    print("task saw", await task)

    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "in ctx")
    print("explicit context:", await asyncio.create_task(read(), context=ctx))
    print(ctx.get(request_id), request_id.get())
    print(request_id.name, repr(contextvars.ContextVar("x").get("fallback")))
    try:
        contextvars.ContextVar("missing").get()
    except LookupError as e:
        print("LookupError", type(e).__name__)


asyncio.run(main())
