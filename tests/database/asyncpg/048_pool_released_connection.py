# A connection used after it went back to the pool: InterfaceError.
import asyncio

import asyncpg


async def main():
    pool = await asyncpg.create_pool("postgresql://user:pass@localhost:5432/mydb", min_size=1, max_size=1)
    async with pool.acquire() as conn:
        print(await conn.fetchval("SELECT 1"))
    try:
        await conn.fetchval("SELECT 2")
    except asyncpg.InterfaceError as e:
        print(type(e).__name__, e)
    leaked = await pool.acquire()
    await pool.release(leaked)
    try:
        await leaked.execute("SELECT 3")
    except asyncpg.InterfaceError as e:
        print(type(e).__name__, e)
    await pool.close()


asyncio.run(main())
