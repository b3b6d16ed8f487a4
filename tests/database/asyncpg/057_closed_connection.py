# A closed connection refuses queries: InterfaceError; closing again is harmless.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    stmt = await conn.prepare("SELECT 1")
    await conn.close()
    print(conn.is_closed())
    try:
        await conn.fetchval("SELECT 1")
    except asyncpg.InterfaceError as e:
        print(type(e).__name__, e)
    try:
        await stmt.fetchval()
    except asyncpg.InterfaceError as e:
        print(type(e).__name__, e)
    await conn.close()
    print("closed twice")


asyncio.run(main())
