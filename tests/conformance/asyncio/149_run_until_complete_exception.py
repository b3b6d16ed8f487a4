import asyncio


async def failing():
    await asyncio.sleep(0)
    raise NotImplementedError("later")


loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(failing())
except NotImplementedError as exc:
    print("raised out of run_until_complete:", exc)
fut = loop.create_future()
loop.call_soon(fut.cancel)
try:
    loop.run_until_complete(fut)
except asyncio.CancelledError:
    print("cancelled future -> CancelledError")
print("loop still usable:", loop.run_until_complete(asyncio.sleep(0, "yes")))
loop.close()
