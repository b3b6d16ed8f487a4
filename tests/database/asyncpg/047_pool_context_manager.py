# A pool as an async context manager: closed when the block ends.
import asyncio

import asyncpg


async def main():
    async with asyncpg.create_pool("postgresql://user:pass@localhost:5432/mydb", min_size=1, max_size=3) as pool:
        async with pool.acquire() as conn:
            async with conn.transaction():
                await conn.execute("UPDATE users SET is_active = false WHERE id = $1", 2)
        print(await pool.fetchval("SELECT count(*) FROM users WHERE is_active"))
    print("closing:", pool.is_closing())


asyncio.run(main())
