# Connect with the tutorial's DSN, run a query, close.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    print("closed?", conn.is_closed())
    rows = await conn.fetch("SELECT id, name FROM users ORDER BY id")
    for row in rows:
        print(row["id"], row["name"])
    print(type(rows).__name__, len(rows))
    await conn.close()
    print("closed?", conn.is_closed())


asyncio.run(main())
