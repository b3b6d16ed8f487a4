# A pool opens min_size connections up front and lends them out.
import asyncio

import asyncpg


async def main():
    pool = await asyncpg.create_pool(
        "postgresql://user:pass@localhost:5432/mydb", min_size=2, max_size=4
    )
    print(type(pool).__name__, pool.get_min_size(), pool.get_max_size())
    print("size", pool.get_size(), "idle", pool.get_idle_size())
    async with pool.acquire() as conn:
        print("idle while one is out:", pool.get_idle_size())
        print(await conn.fetchval("SELECT name FROM users WHERE id = $1", 1))
    print("idle after:", pool.get_idle_size())
    conn = await pool.acquire()
    print(await conn.fetchval("SELECT count(*) FROM orders"))
    await pool.release(conn)
    print("idle after release:", pool.get_idle_size())
    await pool.close()
    print("closing:", pool.is_closing())


asyncio.run(main())
