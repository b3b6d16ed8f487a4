# asyncio.timeout: expired(), when(), reschedule(), timeout(None), timeout_at, and a
# timeout that does not fire.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.02) as cm:
            print("when set:", cm.when() is not None)
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out, expired:", cm.expired())

    async with asyncio.timeout(None) as cm:
        print("when:", cm.when())
        cm.reschedule(loop.time() + 0.5)
        await asyncio.sleep(0.01)
    print("no timeout, expired:", cm.expired())

    try:
        async with asyncio.timeout_at(loop.time() + 0.02):
            await asyncio.sleep(0.01)
            print("first sleep ok")
            await asyncio.sleep(0.1)
            print("not reached")
    except TimeoutError:
        print("timeout_at fired")

    try:
        async with asyncio.timeout(0.05) as cm:
            cm.reschedule(None)
            await asyncio.sleep(0.08)
            print("rescheduled to never")
    except TimeoutError:
        print("unexpected")

    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("inner sees CancelledError")
                raise
    except TimeoutError as e:
        print("outer sees", type(e).__name__, type(e.__cause__).__name__)


asyncio.run(main())
