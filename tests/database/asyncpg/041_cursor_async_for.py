# A cursor streams rows in batches; it needs a transaction.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    async with conn.transaction():
        async for row in conn.cursor("SELECT id, name FROM users ORDER BY id"):
            print(row["id"], row["name"])
        total = 0
        async for row in conn.cursor("SELECT x FROM generate_series(1, $1) AS x", 1000, prefetch=100):
            total += row["x"]
        print("total", total)
    await conn.close()


asyncio.run(main())
