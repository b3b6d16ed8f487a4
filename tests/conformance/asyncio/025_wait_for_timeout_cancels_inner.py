import asyncio


async def slow():
    try:
        await asyncio.sleep(1)
        print("slow finished (unexpected)")
    except asyncio.CancelledError:
        print("inner cancelled")
        raise
    finally:
        print("inner finally")


async def main():
    task = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(task, timeout=0.05)
    except asyncio.TimeoutError as exc:
        print("caught", type(exc).__name__)
        print("is builtin TimeoutError:", isinstance(exc, TimeoutError))
    print("task cancelled:", task.cancelled())


asyncio.run(main())
