# In debug mode, futures, tasks and handles remember where they were made and their
# reprs end with "created at FILE:LINE": the program's own line for loop.create_task,
# loop.call_soon and loop.call_later, a line inside asyncio for asyncio.create_task and
# loop.create_future. A cancelled handle keeps naming its callback. A pending future's
# repr lists its callbacks (cb=[...]) in and out of debug mode. This file's path is
# shown as PROGRAM, timer deadlines as when=T.
import asyncio


def shown(obj):
    text = repr(obj).replace(__file__, "PROGRAM")
    head, *tails = text.split("when=")
    return head + "".join("when=T" + t.lstrip("0123456789.e+-") for t in tails)


def noted(fut):
    pass


def other(fut):
    pass


async def waits():
    await asyncio.sleep(5)


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_debug(), shown(loop))
    made_by_loop = loop.create_task(waits(), name="by-loop")
    made_by_asyncio = asyncio.create_task(waits(), name="by-asyncio")
    ensured = asyncio.ensure_future(waits())
    await asyncio.sleep(0)
    for task in (made_by_loop, made_by_asyncio, ensured):
        print(shown(task))

    fut = loop.create_future()
    print(shown(fut))
    fut.add_done_callback(noted)
    print(shown(fut))
    fut.add_done_callback(other)
    fut.add_done_callback(print)
    fut.add_done_callback(noted)
    print(shown(fut))
    fut.set_result(["a", "long", "result", "list", "of", "several", "words"])
    print(shown(fut))

    soon = loop.call_soon(noted, 1)
    later = loop.call_later(10, noted, 2)
    print(shown(soon))
    print(shown(later))
    later.cancel()
    print(shown(later))

    for task in (made_by_loop, made_by_asyncio, ensured):
        task.cancel()
    await asyncio.sleep(0)
    print(shown(made_by_loop))
    await asyncio.gather(made_by_loop, made_by_asyncio, ensured, return_exceptions=True)
    print(shown(made_by_loop))

    loop.set_debug(False)
    plain = loop.create_future()
    plain.add_done_callback(noted)
    print(loop.get_debug(), shown(plain), shown(loop.call_soon(noted, 3)))


asyncio.run(main(), debug=True)

with asyncio.Runner(debug=True) as runner:
    print(runner.get_loop().get_debug())
    print(shown(runner.run(asyncio.sleep(0, "slept"))))
