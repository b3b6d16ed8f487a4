# await only works inside an async def. Here it sits in a plain function, so
# Python rejects the whole file before running any of it: a SyntaxError, and no
# output.
import asyncio


def not_a_coroutine():
    await asyncio.sleep(1)


print("this line never runs")
