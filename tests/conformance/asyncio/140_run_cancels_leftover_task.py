import asyncio


async def leftover():
    try:
        print("leftover started")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("leftover cancelled during asyncio.run shutdown")
        raise
    finally:
        print("leftover finally")


async def main():
    asyncio.create_task(leftover())
    await asyncio.sleep(0.01)
    print("main returns with a pending task")
    return "main result"


print(asyncio.run(main()))
print("after run")
