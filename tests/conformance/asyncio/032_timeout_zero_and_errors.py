import asyncio


async def main():
    try:
        async with asyncio.timeout(0):
            print("body start")
            await asyncio.sleep(0.1)
    except TimeoutError:
        print("timeout(0) fired")

    async with asyncio.timeout(0):
        print("no await inside -> no timeout")
    print("survived")

    cm = asyncio.timeout(1)
    try:
        cm.reschedule(5)
    except RuntimeError as exc:
        print("reschedule before enter:", exc)

    async with cm:
        pass
    try:
        async with cm:
            pass
    except RuntimeError as exc:
        print("re-enter:", exc)


asyncio.run(main())
