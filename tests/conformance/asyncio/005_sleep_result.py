import asyncio


async def main():
    v = await asyncio.sleep(0.01, result="payload")
    print("sleep result:", v)
    v0 = await asyncio.sleep(0, result=[1, 2])
    print("sleep(0) result:", v0)
    none = await asyncio.sleep(0)
    print("default:", none)
    neg = await asyncio.sleep(-1, result="negative ok")
    print("negative:", neg)


asyncio.run(main())
