# fetchrow gives one Record or None; fetchval one value (of a chosen column) or None.
import asyncio

import asyncpg

DSN = "postgresql://user:pass@localhost:5432/mydb"


async def main():
    conn = await asyncpg.connect(DSN)
    row = await conn.fetchrow("SELECT id, name, email FROM users WHERE id = $1", 2)
    print(row)
    print(f"User: {row['name']} ({row['email']})")
    print(await conn.fetchrow("SELECT id FROM users WHERE id = $1", 999))
    print(await conn.fetchval("SELECT count(*) FROM users"))
    print(await conn.fetchval("SELECT id, name FROM users WHERE id = 3", column=1))
    print(await conn.fetchval("SELECT name FROM users WHERE id = $1", 999))
    print(await conn.fetch("SELECT id FROM users WHERE id > $1", 100))
    # fetchrow on a query with many rows returns the first.
    print(await conn.fetchrow("SELECT name FROM users ORDER BY name COLLATE \"C\""))
    await conn.close()


asyncio.run(main())
