# A cursor object: fetch a few rows at a time, skip ahead with forward().
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    async with conn.transaction():
        cur = await conn.cursor("SELECT id, name FROM users ORDER BY id")
        print(await cur.fetch(3))
        print(await cur.fetchrow())
        print(await cur.forward(1))
        print(await cur.fetch(10))
        print(await cur.fetchrow())
        print(await cur.fetch(5))
    await conn.close()


asyncio.run(main())
