import asyncio


async def accumulator():
    total = 0
    while True:
        try:
            received = yield total
        except ValueError as exc:
            print("generator caught", exc)
            total = 0
            continue
        if received is None:
            break
        await asyncio.sleep(0)
        total += received


async def main():
    gen = accumulator()
    print("prime:", await gen.asend(None))
    print("send 5:", await gen.asend(5))
    print("send 10:", await gen.asend(10))
    print("athrow:", await gen.athrow(ValueError("reset")))
    print("send 3:", await gen.asend(3))
    try:
        await gen.asend(None)
    except StopAsyncIteration:
        print("finished via StopAsyncIteration")


asyncio.run(main())
