# A background task keeps ticking while main() does something else; cancel()
# stops it, and awaiting the cancelled task raises CancelledError in main().
import asyncio


async def pulse():
    while True:
        print("tick")
        await asyncio.sleep(0.5)


async def main():
    beating = asyncio.create_task(pulse())  # keep a reference while it runs
    await asyncio.sleep(1.6)  # enough time for a few ticks
    beating.cancel()
    try:
        await beating
    except asyncio.CancelledError:
        print("heartbeat stopped")
    print("cancelled:", beating.cancelled())


asyncio.run(main())
