# Task.cancel(msg): the message in CancelledError, cancelling() counts, uncancel, and
# a task that catches cancellation and returns normally.
import asyncio


async def sleeper():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("sleeper got", e.args)
        raise


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn ignores cancel; cancelling =", asyncio.current_task().cancelling())
        return "survived"


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0.01)
    print(t.cancel("shutting down"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main got", e.args, t.cancelled())
    print(t.cancel(), "cancel on a done task")

    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    s.cancel()
    print(await s, s.cancelled())

    t2 = asyncio.create_task(asyncio.sleep(1))
    t2.cancel()
    t2.cancel()
    print("cancelling:", t2.cancelling(), "uncancel ->", t2.uncancel(), t2.cancelling())
    try:
        await t2
    except asyncio.CancelledError:
        print("t2 cancelled anyway")

    async def quick():
        return "quick"

    q = asyncio.create_task(quick())
    q.cancel()
    try:
        await q
    except asyncio.CancelledError:
        print("cancelled before it started:", q.cancelled())


asyncio.run(main())
