import asyncio

loop = asyncio.new_event_loop()
loop.close()
for label, action in [
    ("call_soon", lambda: loop.call_soon(print, "x")),
    ("call_later", lambda: loop.call_later(1, print, "x")),
    ("run_forever", loop.run_forever),
]:
    try:
        action()
    except RuntimeError as exc:
        print(label, "->", exc)
print("create_future on closed loop ok:", loop.create_future().done())
