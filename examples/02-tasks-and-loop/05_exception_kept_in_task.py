# When a task fails, its exception waits inside the task until someone asks for
# it: nothing is raised in main() until the task is awaited.
import asyncio


async def flaky_lookup():
    await asyncio.sleep(0.1)
    raise LookupError("record 42 not found")


async def main():
    lookup = asyncio.create_task(flaky_lookup())
    await asyncio.sleep(0.3)  # main() goes on; the task fails meanwhile
    print("done:", lookup.done())
    print("stored:", repr(lookup.exception()))
    try:
        await lookup
    except LookupError as error:
        print("raised when awaited:", error)


asyncio.run(main())
