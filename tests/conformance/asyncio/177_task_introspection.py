# Tasks: names, current_task, done/result/exception, get_coro, all_tasks counts,
# and exceptions read from finished tasks.
import asyncio


async def compute(x):
    await asyncio.sleep(0.01)
    if x < 0:
        raise ValueError("negative")
    return x * 2


async def main():
    me = asyncio.current_task()
    print(me.get_name(), me.done())
    t = asyncio.create_task(compute(5), name="doubler")
    bad = asyncio.create_task(compute(-1))
    print(t.get_name(), bad.get_name(), t.get_coro().__name__)
    t.set_name("renamed")
    print(t.get_name(), len(asyncio.all_tasks()))
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await asyncio.sleep(0.02)
    print(t.done(), t.result(), t.exception())
    print(type(bad.exception()).__name__, bad.exception())
    try:
        bad.result()
    except ValueError as e:
        print("result() re-raises:", e)
    print(len(asyncio.all_tasks()))
    print(asyncio.iscoroutinefunction(compute), asyncio.iscoroutine(compute(1)))


asyncio.run(main())
