import asyncio


def handler(loop, context):
    exc = context.get("exception")
    # the message for a failing callback embeds a file path, so only its prefix is shown
    message = context["message"].split(" at ")[0]
    print("handler:", message, "|", repr(exc), "| keys:", sorted(context))


def bad_callback():
    raise RuntimeError("callback blew up")


async def main():
    loop = asyncio.get_running_loop()
    print("default handler:", loop.get_exception_handler())
    loop.set_exception_handler(handler)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0.01)
    loop.call_exception_handler({"message": "manual report"})
    print("loop kept running")


asyncio.run(main())
