# int2, int4 and int8 come back as int, and go in from int.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    r = await conn.fetchrow("SELECT 7::int2 AS small, 70000::int4 AS regular, 9000000000::int8 AS big")
    for key, value in r.items():
        print(key, type(value).__name__, value)
    print(await conn.fetchval("SELECT $1::int2 + 1", 32766))
    print(await conn.fetchval("SELECT $1::int4 * 2", -21))
    print(await conn.fetchval("SELECT $1::int8", 2**62))
    print(await conn.fetchval("SELECT $1::int8", -(2**63)))
    print(await conn.fetchval("SELECT sum(x) FROM generate_series(1, $1) AS x", 100))
    print(type(await conn.fetchval("SELECT sum(x) FROM generate_series(1, 10) AS x")).__name__)
    print(await conn.fetchval("SELECT count(*) FROM users WHERE id = ANY($1::int[])", [1, 3, 99]))
    await conn.close()


asyncio.run(main())
