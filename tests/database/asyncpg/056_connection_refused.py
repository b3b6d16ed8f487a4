# Nothing listens on port 1: the OS refuses the connection.
import asyncio

import asyncpg


async def main():
    try:
        await asyncpg.connect(host="127.0.0.1", port=1, user="user", password="pass", database="mydb")
    except OSError as e:
        print(type(e).__name__, e.errno)
        print(e)
        print(isinstance(e, ConnectionRefusedError))


asyncio.run(main())
