# cancel() only asks: the task sees CancelledError at its next await, and a
# finally block gets to release what it holds before the task ends.
import asyncio


async def stream_rows():
    print("connection opened")
    rows = 0
    try:
        while True:
            await asyncio.sleep(0.2)
            rows += 1
            print("row", rows)
    finally:
        print(f"connection closed after {rows} rows")


async def main():
    reader = asyncio.create_task(stream_rows())
    await asyncio.sleep(0.7)
    reader.cancel()
    try:
        await reader
    except asyncio.CancelledError:
        print("reader cancelled")


asyncio.run(main())
