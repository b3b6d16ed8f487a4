# "exception was never retrieved" reaches the loop's exception handler when the future or
# task goes, not at the end of the run; a retrieved exception is never reported.
import asyncio


def handler(loop, context):
    exc = context.get("exception")
    print("handler:", context["message"], type(exc).__name__, exc)


class Special(asyncio.Future):
    pass


async def fails(n):
    raise ValueError(f"failure {n}")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    task = asyncio.create_task(fails(1))
    await asyncio.sleep(0)
    print("dropping the task")
    del task
    print("dropped")

    fut = loop.create_future()
    fut.set_exception(KeyError("k"))
    print("dropping the future")
    fut = None
    print("dropped")

    special = Special()
    special.set_exception(RuntimeError("odd"))
    del special

    seen = asyncio.create_task(fails(2))
    await asyncio.sleep(0)
    print("retrieved:", seen.exception())
    del seen

    tasks = [asyncio.create_task(fails(n)) for n in range(3, 6)]
    await asyncio.gather(*tasks, return_exceptions=True)
    print("gathered")
    del tasks
    print("done tasks left:", len(asyncio.all_tasks()))


asyncio.run(main())
print("after run")
