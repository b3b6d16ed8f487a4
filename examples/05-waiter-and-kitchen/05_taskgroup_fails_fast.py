# TaskGroup is the strict one: when a task fails, the others are cancelled and
# the error comes out as an ExceptionGroup, so the code after the block never
# sees partial results.
import asyncio


async def call_api(number):
    if number == 2:
        raise ValueError("API Down!")
    await asyncio.sleep(1)
    return f"Data {number}"


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            first = tg.create_task(call_api(1))
            second = tg.create_task(call_api(2))  # this one fails
        # Reached only if every task succeeded.
        print(first.result(), second.result())
    except ExceptionGroup as group:
        print(f"Order cancelled! Errors: {group}")
        print("sub-exceptions:", [repr(e) for e in group.exceptions])
        print("the first task was cancelled:", first.cancelled())


asyncio.run(main())
