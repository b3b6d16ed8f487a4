# date, time and timestamp come back as datetime's date, time and naive datetime.
import asyncio
import datetime

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    r = await conn.fetchrow(
        "SELECT '2024-02-29'::date AS d, '13:45:30.5'::time AS t, '2024-02-29 13:45:30.123456'::timestamp AS ts"
    )
    for key, value in r.items():
        print(key, type(value).__name__, repr(value))
    created = await conn.fetchval("SELECT created_at FROM users WHERE name = $1", "Grace")
    print(created, created.isoformat())
    print(await conn.fetchval("SELECT $1::date + 1", datetime.date(2024, 12, 31)))
    print(repr(await conn.fetchval("SELECT $1::time", datetime.time(8, 30))))
    print(repr(await conn.fetchval("SELECT $1::timestamp", datetime.datetime(2000, 1, 1, 0, 0, 1))))
    print(repr(await conn.fetchval("SELECT 'infinity'::date")))
    rows = await conn.fetch(
        "SELECT name FROM users WHERE created_at < $1 ORDER BY created_at", datetime.datetime(2024, 1, 8)
    )
    print([r["name"] for r in rows])
    await conn.close()


asyncio.run(main())
