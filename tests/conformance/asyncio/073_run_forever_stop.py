import asyncio

loop = asyncio.new_event_loop()


def tick(n):
    print("tick", n)
    if n < 3:
        loop.call_soon(tick, n + 1)
    else:
        loop.stop()


loop.call_soon(tick, 1)
loop.run_forever()
print("stopped; running:", loop.is_running())
loop.call_soon(print, "queued while stopped")
loop.stop()
loop.run_forever()
print("second run_forever returned")
loop.close()
