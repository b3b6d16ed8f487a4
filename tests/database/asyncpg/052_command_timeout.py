# command_timeout bounds every query: asyncio.TimeoutError, and the connection stays usable.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb", command_timeout=0.2)
    try:
        await conn.execute("SELECT pg_sleep(5)")
    except asyncio.TimeoutError as e:
        print(type(e).__name__, type(e) is asyncio.TimeoutError, repr(str(e)))
    print(await conn.fetchval("SELECT 'still usable'"))
    try:
        await conn.fetchval("SELECT pg_sleep(5)", timeout=0.1)
    except asyncio.TimeoutError:
        print("timeout= on one call")
    print(await conn.fetchval("SELECT 'usable again'"))
    await conn.close()


asyncio.run(main())
