# asyncio.Runner reusing one loop for several runs, get_event_loop inside a coroutine,
# loop.time() monotonic, and run() refusing a running loop.
import asyncio


async def step(n):
    await asyncio.sleep(0.01)
    return n * 10


with asyncio.Runner() as runner:
    print(runner.run(step(1)), runner.run(step(2)))
    loop = runner.get_loop()
    print(loop.is_running(), loop.is_closed())
print("closed after with:", loop.is_closed())


async def main():
    loop = asyncio.get_running_loop()
    print(loop is asyncio.get_event_loop())
    t0 = loop.time()
    await asyncio.sleep(0.02)
    print(loop.time() >= t0 + 0.02)
    coro = step(3)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    return "main done"


print(asyncio.run(main()))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
