# Arrays come back as lists (nested for more dimensions) and go in as lists or tuples.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    print(await conn.fetchval("SELECT ARRAY[1, 2, NULL]::int[]"))
    print(await conn.fetchval("SELECT ARRAY['a', 'b c', '']::text[]"))
    print(await conn.fetchval("SELECT '{{1,2},{3,4}}'::int[]"))
    print(await conn.fetchval("SELECT '{}'::int[]"))
    print(await conn.fetchval("SELECT array_agg(name ORDER BY id) FROM users WHERE id <= 3"))
    print(await conn.fetchval("SELECT $1::int[]", [3, 1, 2]))
    print(await conn.fetchval("SELECT $1::text[]", ("x", None)))
    print(await conn.fetchval("SELECT array_length($1::int[], 1)", list(range(10))))
    rows = await conn.fetch("SELECT name FROM users WHERE name = ANY($1::text[]) ORDER BY id", ["Ken", "Ada", "Nobody"])
    print([r["name"] for r in rows])
    await conn.close()


asyncio.run(main())
