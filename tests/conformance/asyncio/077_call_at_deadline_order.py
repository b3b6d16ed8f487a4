import asyncio


async def main():
    loop = asyncio.get_running_loop()
    base = loop.time()
    # inserted out of deadline order; gaps of 0.02 s keep ordering stable
    loop.call_at(base + 0.09, print, "at +0.09")
    loop.call_at(base + 0.03, print, "at +0.03")
    loop.call_at(base + 0.07, print, "at +0.07")
    loop.call_at(base + 0.01, print, "at +0.01")
    loop.call_at(base + 0.05, print, "at +0.05")
    h = loop.call_at(base + 0.06, print, "never")
    print("when() matches:", h.when() == base + 0.06)
    h.cancel()
    h.cancel()
    print("cancelled twice:", h.cancelled())
    loop.call_at(base + 0.11, print, "at +0.11 with", "two", "args")
    await asyncio.sleep(0.15)
    print("end")


asyncio.run(main())
