import asyncio


async def resource_stream():
    print("open stream")
    try:
        i = 0
        while True:
            yield i
            i += 1
    except GeneratorExit:
        print("GeneratorExit received")
        raise
    finally:
        await asyncio.sleep(0)
        print("stream closed in finally")


async def main():
    gen = resource_stream()
    async for v in gen:
        print("got", v)
        if v == 2:
            break
    print("after break, before aclose")
    await gen.aclose()
    print("aclose done")
    await gen.aclose()
    print("second aclose is a no-op")
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("closed generator raises StopAsyncIteration")


asyncio.run(main())
