# Three ways to bound a wait: wait_for around one awaitable, an
# `asyncio.timeout` block around several steps, and `asyncio.timeout_at` with
# an absolute deadline that the steps inside share.
import asyncio


async def slow_operation():
    await asyncio.sleep(6)  # longer than we are willing to wait


async def long_running_operation():
    await asyncio.sleep(2)


async def phase_one():
    await asyncio.sleep(1)


async def phase_two():
    await asyncio.sleep(1.5)


async def main():
    loop = asyncio.get_running_loop()
    began = loop.time()

    def clock():
        return f"[{loop.time() - began:.1f}s]"

    try:
        await asyncio.wait_for(slow_operation(), timeout=5.0)
    except asyncio.TimeoutError:
        print(clock(), "wait_for: timed out after 5 seconds")

    async with asyncio.timeout(10.0):
        await long_running_operation()
    print(clock(), "timeout(10): finished well within budget")

    deadline = loop.time() + 30.0
    async with asyncio.timeout_at(deadline):
        await phase_one()
        await phase_two()  # shares the 30 s budget with phase_one
    print(clock(), "timeout_at: both phases fit in the shared budget")

    try:
        async with asyncio.timeout_at(loop.time() + 2.0):
            await phase_one()
            print(clock(), "phase one done; 1 s of budget left")
            await phase_two()
    except TimeoutError:
        print(clock(), "timeout_at: phase two ran out of the shared budget")


asyncio.run(main())
