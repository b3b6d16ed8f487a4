# A cursor outside a transaction is refused.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    try:
        async for row in conn.cursor("SELECT id FROM users"):
            print(row)
    except asyncpg.PostgresError as e:
        print(type(e).__name__, e.sqlstate, e)
    try:
        await conn.cursor("SELECT id FROM users")
    except asyncpg.PostgresError as e:
        print(type(e).__name__, e)
    await conn.close()


asyncio.run(main())
