# Debug mode's slow-callback warning for tasks under gather and for timers: a step that
# blocks names its task as it is after the step (finished with its result, or pending
# and waiting), a gathered task's repr lists gather's callback, and a slow timer callback
# names its TimerHandle. Warnings go to sys.stderr, pointed at stdout here; this file's
# path is shown as PROGRAM, durations to one decimal and deadlines as when=T.
import asyncio
import sys
import time


class Shown:
    def write(self, text):
        text = text.replace(__file__, "PROGRAM")
        head, *tails = text.split("when=")
        text = head + "".join("when=T" + t.lstrip("0123456789.e+-") for t in tails)
        if " took " in text:
            head, _, tail = text.rpartition(" took ")
            seconds, _, rest = tail.partition(" ")
            text = f"{head} took {float(seconds):.1f} {rest}"
        sys.stdout.write(text)

    def flush(self):
        sys.stdout.flush()


sys.stderr = Shown()


async def worker(n, block):
    await asyncio.sleep(0.01 * n)
    time.sleep(block)
    if n == 2:
        await asyncio.sleep(0.01)
    return n * 10


def late(label):
    time.sleep(0.13)
    print("timer", label)


async def main():
    loop = asyncio.get_running_loop()
    tasks = [loop.create_task(worker(n, 0.13 if n > 1 else 0), name=f"w{n}") for n in (1, 2, 3)]
    print(await asyncio.gather(*tasks))
    loop.call_later(0.01, late, "fired")
    await asyncio.sleep(0.05)
    print("done")


asyncio.run(main(), debug=True)
