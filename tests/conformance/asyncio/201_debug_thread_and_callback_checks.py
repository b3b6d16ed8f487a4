# In debug mode a loop checks what it is given: call_soon, call_at and call_later from a
# thread other than the loop's raise RuntimeError (call_soon_threadsafe is the way);
# coroutine functions and objects that are not callable are refused with TypeError.
# Without debug mode the thread check is not made.
import asyncio
import threading


async def coro_fn():
    pass


def from_thread(loop, results):
    for name, call in [
        ("call_soon", lambda: loop.call_soon(results.append, "soon")),
        ("call_later", lambda: loop.call_later(0.01, results.append, "later")),
        ("call_at", lambda: loop.call_at(loop.time() + 0.01, results.append, "at")),
        ("call_soon_threadsafe", lambda: loop.call_soon_threadsafe(results.append, "threadsafe")),
    ]:
        try:
            call()
            print(name, "accepted")
        except RuntimeError as exc:
            print(name, "RuntimeError:", exc)


async def check_threads(results):
    loop = asyncio.get_running_loop()
    worker = threading.Thread(target=from_thread, args=(loop, results))
    worker.start()
    worker.join()
    await asyncio.sleep(0.05)
    print("ran:", sorted(results))


async def main():
    loop = asyncio.get_running_loop()
    print("debug:", loop.get_debug())
    await check_threads([])
    for name, call in [
        ("call_soon", lambda cb: loop.call_soon(cb)),
        ("call_later", lambda cb: loop.call_later(1, cb)),
        ("call_at", lambda cb: loop.call_at(loop.time() + 1, cb)),
        ("call_soon_threadsafe", lambda cb: loop.call_soon_threadsafe(cb)),
    ]:
        for bad in (coro_fn, 42):
            try:
                call(bad)
                print(name, "accepted", type(bad).__name__)
            except TypeError as exc:
                print(name, "TypeError:", exc)
    try:
        loop.run_in_executor(None, coro_fn)
    except TypeError as exc:
        print("run_in_executor TypeError:", exc)

    loop.set_debug(False)
    print("debug:", loop.get_debug())
    await check_threads([])


asyncio.run(main(), debug=True)
