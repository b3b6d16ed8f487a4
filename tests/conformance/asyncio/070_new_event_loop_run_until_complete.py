import asyncio


async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b


loop = asyncio.new_event_loop()
print("running before:", loop.is_running())
print("r1:", loop.run_until_complete(add(1, 2)))
print("r2:", loop.run_until_complete(add(10, 20)))
t = loop.create_task(add(5, 5))
print("task result:", loop.run_until_complete(t))
fut = loop.create_future()
loop.call_soon(fut.set_result, "plain future")
print(loop.run_until_complete(fut))
loop.close()
print("closed:", loop.is_closed())
loop.close()
print("double close is fine")
coro = add(0, 0)
try:
    loop.run_until_complete(coro)
except RuntimeError as exc:
    print("after close:", exc)
finally:
    coro.close()
