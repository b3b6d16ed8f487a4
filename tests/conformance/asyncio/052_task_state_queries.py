import asyncio


async def ok():
    await asyncio.sleep(0.01)
    return "fine"


async def bad():
    await asyncio.sleep(0.01)
    raise ZeroDivisionError("nope")


async def main():
    t = asyncio.create_task(ok())
    print("pending done():", t.done(), "cancelled():", t.cancelled())
    try:
        t.result()
    except asyncio.InvalidStateError as exc:
        print("result() early:", exc)
    try:
        t.exception()
    except asyncio.InvalidStateError as exc:
        print("exception() early:", exc)
    await t
    print("done():", t.done(), "result():", t.result(), "exception():", t.exception())

    b = asyncio.create_task(bad())
    await asyncio.wait([b])
    print("bad exception():", repr(b.exception()))
    try:
        b.result()
    except ZeroDivisionError as exc:
        print("bad result() raises:", exc)

    c = asyncio.create_task(ok())
    c.cancel()
    await asyncio.wait([c])
    for meth in ("result", "exception"):
        try:
            getattr(c, meth)()
        except asyncio.CancelledError:
            print(meth + "() on cancelled task raises CancelledError")


asyncio.run(main())
