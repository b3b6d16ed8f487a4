# A failing executemany inserts nothing: the whole batch is one unit.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    rows = [("Ken", 10), ("Bob", -2), ("Eve", 3)]
    try:
        await conn.executemany("INSERT INTO accounts (owner, balance) VALUES ($1, $2)", rows)
    except asyncpg.CheckViolationError as e:
        print(type(e).__name__, e.constraint_name)
    print(await conn.fetchval("SELECT count(*) FROM accounts"))
    await conn.close()


asyncio.run(main())
