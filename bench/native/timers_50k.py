# bench-args: --clock real
import asyncio
import time

TIMERS = 50_000


async def main():
    loop = asyncio.get_running_loop()
    fired = 0
    done = loop.create_future()

    def fire():
        nonlocal fired
        fired += 1
        if fired == TIMERS:
            done.set_result(None)

    for i in range(TIMERS):
        loop.call_later(0.0001 + i * 0.000002, fire)
    await done
    print(fired)


start = time.perf_counter()
asyncio.run(main())
print("#t", time.perf_counter() - start)
