import asyncio


async def main():
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 0.05)
    except TimeoutError:
        print("event wait timed out")
    loop = asyncio.get_running_loop()
    loop.call_later(0.01, ev.set)
    await asyncio.wait_for(ev.wait(), 0.5)
    print("event set by timer")


asyncio.run(main())
