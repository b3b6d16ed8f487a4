import asyncio


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    loop.call_later(0.07, print, "later 0.07")
    loop.call_later(0.01, print, "later 0.01")
    loop.call_later(0.04, print, "later 0.04")
    h = loop.call_later(0.02, print, "cancelled timer")
    loop.call_later(0, print, "later 0")
    loop.call_soon(print, "soon")
    loop.call_later(0.1, done.set_result, None)
    h.cancel()
    print("timer cancelled:", h.cancelled())
    await done
    print("done")


asyncio.run(main())
