# Coroutines and async generators caught in unreachable cycles: a suspended coroutine is
# closed (its finally blocks run) and an async generator is handed to the event loop's
# finalizer hook, which closes it before asyncio.run() returns, as when their last
# reference goes.
import asyncio
import gc


async def waiter(box):
    try:
        await asyncio.sleep(10)
    finally:
        print("coroutine finally, box has", len(box))


async def ticks(box):
    try:
        for i in range(10):
            yield i
    finally:
        print("async generator finally, box has", len(box))


async def main():
    box = []
    coro = waiter(box)
    box.append(coro)
    fut = coro.send(None)
    del coro, box, fut
    print("collect coroutine")
    gc.collect()

    box = []
    agen = ticks(box)
    box.append(agen)
    print(await agen.__anext__())
    del agen, box
    print("collect async generator")
    gc.collect()


asyncio.run(main())
print("after run")

# Outside asyncio: the finalizer hook set with sys.set_asyncgen_hooks gets the async
# generator of a collected cycle.
import sys


def finalizer(agen):
    print("finalizer called with", type(agen).__name__)


sys.set_asyncgen_hooks(firstiter=lambda a: None, finalizer=finalizer)
box = []
agen = ticks(box)
box.append(agen)
try:
    agen.__anext__().send(None)
except StopIteration as e:
    print("first item", e.value)
del agen, box
print("collect")
gc.collect()
print("end")
