import asyncio


async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(name)
    return name


async def main():
    aws = [job("ok1", 0.01), job("bad", 0.03, True), job("ok2", 0.05)]
    for fut in asyncio.as_completed(aws):
        try:
            print("result", await fut)
        except ValueError as exc:
            print("error", exc)
    gen = asyncio.as_completed([])
    print("empty list yields:", list(gen))


asyncio.run(main())
