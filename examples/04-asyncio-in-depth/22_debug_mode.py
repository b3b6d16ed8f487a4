# Debug mode (asyncio.run(..., debug=True), or PYTHONASYNCIODEBUG=1) makes
# asyncio stricter and chattier. Under CPython it reports, on stderr, a step
# that held the loop longer than 0.1 s and where a never-awaited coroutine was
# created.
import asyncio
import time


async def tidy_up():
    await asyncio.sleep(0.1)


async def main():
    loop = asyncio.get_running_loop()
    print("debug mode:", loop.get_debug())
    time.sleep(0.2)  # holds the loop for longer than debug mode tolerates
    tidy_up()  # no await: debug mode shows where this coroutine was made
    print("main() ends; the notices are on stderr")


asyncio.run(main(), debug=True)
