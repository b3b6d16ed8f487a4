import asyncio


async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.1
    try:
        async with asyncio.timeout_at(deadline) as cm:
            print("when matches:", cm.when() == deadline)
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at fired")
        print("expired:", cm.expired())
    past = loop.time() - 1
    try:
        async with asyncio.timeout_at(past):
            print("body starts even if deadline passed")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline -> TimeoutError at first await")


asyncio.run(main())
