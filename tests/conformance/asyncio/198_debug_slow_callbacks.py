# asyncio's debug mode warns about every callback of the loop that runs at least
# `loop.slow_callback_duration` seconds (0.1 by default): "Executing <Task ...> took N
# seconds" names the task for a task's step and the handle for a plain callback. The
# warning goes to sys.stderr, which this program points at stdout; this file's path is
# shown as PROGRAM and durations to one decimal.
import asyncio
import sys
import time


class Shown:
    def write(self, text):
        text = text.replace(__file__, "PROGRAM")
        if " took " in text:
            head, _, tail = text.rpartition(" took ")
            seconds, _, rest = tail.partition(" ")
            text = f"{head} took {float(seconds):.1f} {rest}"
        sys.stdout.write(text)

    def flush(self):
        sys.stdout.flush()


sys.stderr = Shown()


async def blocks_then_sleeps():
    await asyncio.sleep(0.01)
    time.sleep(0.22)
    await asyncio.sleep(0.01)
    return "done"


async def quick():
    for _ in range(3):
        await asyncio.sleep(0)
    return "quick"


def slow_callback(label):
    time.sleep(0.12)
    print("callback", label, "ran")


async def main():
    loop = asyncio.get_running_loop()
    print("debug:", loop.get_debug(), "threshold:", loop.slow_callback_duration)
    slow = asyncio.create_task(blocks_then_sleeps(), name="blocker")
    fast = asyncio.create_task(quick(), name="quick")
    print(await slow, await fast)

    loop.call_soon(slow_callback, "one")
    await asyncio.sleep(0.05)

    loop.slow_callback_duration = 0.05
    loop.call_soon(time.sleep, 0.07)
    await asyncio.sleep(0.05)

    loop.slow_callback_duration = 1.0
    loop.call_soon(slow_callback, "two")
    await asyncio.sleep(0.05)
    print("no warning for the second callback")

    loop.set_debug(False)
    loop.slow_callback_duration = 0.05
    loop.call_soon(slow_callback, "three")
    await asyncio.sleep(0.05)
    print("debug off: no warning")


asyncio.run(main(), debug=True)
