# Loopscope's asyncio: to_thread, which runs a blocking function on the loop's default
# executor (virtual threads scheduled by the Rust driver) and awaits its result.

import contextvars
from asyncio import events


async def to_thread(func, /, *args, **kwargs):
    loop = events.get_running_loop()
    ctx = contextvars.copy_context()

    def func_call():
        return ctx.run(func, *args, **kwargs)
    return await loop.run_in_executor(None, func_call)
