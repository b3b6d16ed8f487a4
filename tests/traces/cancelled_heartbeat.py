import asyncio


async def heartbeat():
    while True:
        print("beat")
        await asyncio.sleep(0.5)


async def main():
    task = asyncio.create_task(heartbeat(), name="heart")
    await asyncio.sleep(1.2)
    task.cancel("enough")
    try:
        await task
    except asyncio.CancelledError as exc:
        print("stopped:", exc.args)


asyncio.run(main())
