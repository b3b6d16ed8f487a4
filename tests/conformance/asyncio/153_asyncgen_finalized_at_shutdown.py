import asyncio


async def stream():
    try:
        for i in range(10):
            yield i
    finally:
        print("stream finalizer ran")


async def main():
    s = stream()
    print("first:", await anext(s))
    print("second:", await anext(s))
    main.keep = s
    print("main returning without closing the generator")


asyncio.run(main())
print("after run")
