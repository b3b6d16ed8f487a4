# `async with` for a resource whose opening and closing wait on I/O, and `async
# for` for an iterator whose every next item waits on I/O. A simulated database
# stands in for both.
import asyncio


class Connection:
    async def __aenter__(self):
        await asyncio.sleep(0.1)  # connecting takes a round trip
        print("connected")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.05)
        print("disconnected")

    def rows(self, table):
        return Cursor(table, count=3)


class Cursor:
    def __init__(self, table, count):
        self.table = table
        self.left = count

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.left == 0:
            raise StopAsyncIteration
        await asyncio.sleep(0.1)  # each row is fetched on demand
        self.left -= 1
        return f"{self.table} row {3 - self.left}"


async def main():
    async with Connection() as db:
        async for row in db.rows("users"):
            print(row)


asyncio.run(main())
