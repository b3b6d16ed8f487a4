import asyncio

async def waiter(ev):
    print("waiting for the event")
    await ev.wait()

async def main():
    ev = asyncio.Event()
    await asyncio.gather(waiter(ev), waiter(ev))

asyncio.run(main())
