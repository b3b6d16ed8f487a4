# Cancelling a task throws CancelledError into it at its current await. The
# task can clean up, but should raise the error again so the cancellation
# completes.
import asyncio


async def keep_working():
    try:
        while True:
            await asyncio.sleep(1)
            print("still working...")
    except asyncio.CancelledError:
        print("cancelled: tidying up")
        raise  # let the cancellation finish


async def main():
    worker = asyncio.create_task(keep_working())
    await asyncio.sleep(3)
    worker.cancel()  # a request, carried out at the worker's next await
    try:
        await worker
    except asyncio.CancelledError:
        print("the worker is cancelled:", worker.cancelled())


asyncio.run(main())
