import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


async def loop_identity():
    return asyncio.get_running_loop()


with asyncio.Runner() as runner:
    print(runner.run(add(1, 2)))
    print(runner.run(add(3, 4)))
    l1 = runner.run(loop_identity())
    print("same loop across runs:", l1 is runner.get_loop())
print("loop closed after with:", l1.is_closed())

r = asyncio.Runner()
print(r.run(add(10, 20)))
r.close()
coro = add(0, 0)
try:
    r.run(coro)
except RuntimeError as exc:
    print("run after close:", exc)
finally:
    coro.close()
