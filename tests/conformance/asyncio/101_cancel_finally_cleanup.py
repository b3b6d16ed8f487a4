import asyncio


async def resource_user():
    print("acquire resource")
    try:
        await asyncio.sleep(1)
    finally:
        print("release resource in finally")
        await asyncio.sleep(0.01)
        print("async cleanup finished")


async def main():
    t = asyncio.create_task(resource_user())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled())


asyncio.run(main())
