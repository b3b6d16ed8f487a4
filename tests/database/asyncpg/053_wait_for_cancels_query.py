# asyncio.wait_for cancels a slow query; the server stops it and the connection carries on.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    try:
        await asyncio.wait_for(conn.fetchval("SELECT pg_sleep(5)"), timeout=0.2)
    except asyncio.TimeoutError:
        print("gave up waiting")
    print(await conn.fetchval("SELECT count(*) FROM users"))
    await conn.close()


asyncio.run(main())
