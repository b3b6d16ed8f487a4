# Context variables seen by tasks stepping in their own contexts, two tasks sharing one context
# (each step enters it in turn), a callback given a context, and what is current after the
# loop ends with KeyboardInterrupt.
import asyncio, contextvars
v = contextvars.ContextVar("v", default="none")
async def child(name, n):
    v.set(name)
    for i in range(n):
        await asyncio.sleep(0)
        assert v.get() == name, (v.get(), name)
    return name, v.get()
async def main():
    v.set("main")
    r = await asyncio.gather(child("a", 3), child("b", 2))
    print(r, v.get())
    ctx = contextvars.copy_context()
    t1 = asyncio.create_task(child("c", 2), context=ctx)
    try:
        t2 = asyncio.create_task(child("d", 2), context=ctx)
        print(await asyncio.gather(t1, t2, return_exceptions=True))
    except Exception as e:
        print(type(e).__name__, e)
    print(v.get(), ctx.get(v))
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: print("cb sees", v.get()), context=ctx)
    await asyncio.sleep(0)
    print(contextvars.copy_context().get(v))
asyncio.run(main())

async def boom():
    v.set("boom")
    await asyncio.sleep(0)
    raise KeyboardInterrupt
async def other():
    v.set("other")
    try:
        await asyncio.sleep(10)
    finally:
        print("other cleanup sees", v.get())
async def main():
    t = asyncio.create_task(other())
    await asyncio.sleep(0)
    await boom()
try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("interrupted; outside sees", v.get())
