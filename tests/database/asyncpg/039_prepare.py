# A prepared statement: parsed once, run many times with different arguments.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    stmt = await conn.prepare("SELECT id, name FROM users WHERE id <= $1 ORDER BY id")
    print(type(stmt).__name__)
    print(stmt.get_query())
    print(await stmt.fetch(2))
    print(await stmt.fetchrow(3))
    print(await stmt.fetchval(5))
    print(await stmt.fetchval(5, column=1))
    count = await conn.prepare("SELECT count(*) FROM orders WHERE status = $1")
    for status in ["active", "shipped", "lost"]:
        print(status, await count.fetchval(status))
    await conn.close()


asyncio.run(main())
