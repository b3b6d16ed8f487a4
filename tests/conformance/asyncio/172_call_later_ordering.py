# call_soon, call_later and call_at ordering: FIFO for call_soon, deadlines for timers,
# cancelled handles, when(), and callbacks scheduling callbacks.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    log = []

    def note(tag):
        log.append(tag)
        print("ran", tag)

    loop.call_later(0.03, note, "later-30ms")
    loop.call_later(0.01, note, "later-10ms")
    h = loop.call_later(0.02, note, "cancelled")
    loop.call_at(loop.time() + 0.05, note, "at-50ms")
    loop.call_soon(note, "soon-1")
    loop.call_soon(note, "soon-2")
    h.cancel()
    print("cancelled:", h.cancelled(), "timer when is a float:", isinstance(h.when(), float))

    def chain(n):
        note(f"chain-{n}")
        if n < 2:
            loop.call_soon(chain, n + 1)

    loop.call_soon(chain, 0)
    loop.call_soon(note, "soon-3")
    loop.call_later(0.07, done.set_result, None)
    await done
    print(log)
    print(type(h).__name__, type(loop.call_soon(note, "x")).__name__)
    await asyncio.sleep(0)


asyncio.run(main())
