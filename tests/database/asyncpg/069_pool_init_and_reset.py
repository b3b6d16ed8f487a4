# A pool's init runs on each new connection; a released connection's session is reset.
import asyncio
import json

import asyncpg

opened = []


async def init(conn):
    opened.append("init")
    await conn.set_type_codec("jsonb", encoder=json.dumps, decoder=json.loads, schema="pg_catalog")


async def main():
    pool = await asyncpg.create_pool(
        "postgresql://user:pass@localhost:5432/mydb", min_size=2, max_size=2, init=init
    )
    print(opened)
    async with pool.acquire() as conn:
        print(await conn.fetchval("SELECT payload FROM events WHERE id = 3"))
        await conn.execute("SET application_name = 'changed'")
        print(await conn.fetchval("SHOW application_name"))
    for _ in range(2):
        async with pool.acquire() as conn:
            print(repr(await conn.fetchval("SHOW application_name")))
    await pool.close()


asyncio.run(main())
