import asyncio
import contextvars

color = contextvars.ContextVar("color")


def show(label):
    print(label, color.get("unset"))


async def main():
    loop = asyncio.get_running_loop()
    color.set("blue")
    loop.call_soon(show, "call_soon:")
    ctx = contextvars.copy_context()
    color.set("red")
    loop.call_soon(show, "explicit ctx:", context=ctx)
    loop.call_later(0.01, show, "call_later:")
    await asyncio.sleep(0.03)
    r = await asyncio.to_thread(color.get)
    print("to_thread sees:", r)


asyncio.run(main())
