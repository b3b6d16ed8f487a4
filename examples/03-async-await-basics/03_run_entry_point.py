# asyncio.run is the one door into async code: it makes a new loop, runs the
# coroutine as the main task until it ends, then closes the loop and hands back
# its return value.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print("inside the loop, running:", loop.is_running())
    print("main task:", asyncio.current_task().get_name())
    await asyncio.sleep(0.1)
    return "main's result"


def loop_is_running():
    try:
        asyncio.get_running_loop()
    except RuntimeError:  # "no running event loop"
        return False
    return True


print("before asyncio.run, a loop is running:", loop_is_running())
value = asyncio.run(main())
print("asyncio.run returned:", value)
print("after asyncio.run, a loop is running:", loop_is_running())
