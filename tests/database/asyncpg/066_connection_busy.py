# One connection runs one query at a time: a second concurrent one is refused.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    slow = asyncio.create_task(conn.fetchval("SELECT pg_sleep(0.3)"))
    await asyncio.sleep(0.05)
    try:
        await conn.fetchval("SELECT 1")
    except asyncpg.InterfaceError as e:
        print(type(e).__name__, e)
    print(repr(await slow))
    print(await conn.fetchval("SELECT 'free again'"))
    await conn.close()


asyncio.run(main())
