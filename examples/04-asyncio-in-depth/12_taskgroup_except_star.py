# When a task in a TaskGroup fails, the group cancels the ones still running
# and raises an ExceptionGroup; `except*` picks out the errors of one type.
# (The three delays differ so that the outcome does not hang on which timer the
# loop happens to run first.)
import asyncio

DELAYS = {"A": 0.5, "B": 1, "C": 2}


async def risky(name):
    await asyncio.sleep(DELAYS[name])
    if name == "B":
        raise ValueError(f"{name} failed!")
    return f"{name} succeeded"


async def main():
    tasks = []
    try:
        async with asyncio.TaskGroup() as tg:
            for name in "ABC":
                tasks.append(tg.create_task(risky(name)))
    except* ValueError as group:
        for error in group.exceptions:
            print("caught:", error)
    for name, task in zip("ABC", tasks):
        if task.cancelled():
            print(name, "was cancelled")
        elif task.exception() is None:
            print(name, "->", task.result())


asyncio.run(main())
