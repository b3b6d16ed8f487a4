# timestamptz comes back as an aware datetime in UTC, whatever offset went in.
import asyncio
from datetime import datetime, timedelta, timezone

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    print(repr(await conn.fetchval("SELECT '2024-02-29 13:45:30+02'::timestamptz")))
    print(repr(await conn.fetchval("SELECT '2024-06-01 00:00:00-07:30'::timestamptz")))
    tokyo = timezone(timedelta(hours=9))
    value = datetime(2024, 3, 1, 9, 0, tzinfo=tokyo)
    back = await conn.fetchval("SELECT $1::timestamptz", value)
    print(repr(back), back == value)
    rows = await conn.fetch("SELECT type, created_at FROM events ORDER BY id")
    for r in rows:
        print(r["type"], r["created_at"].isoformat())
    print(repr(await conn.fetchval("SELECT '13:45:00+05'::timetz")))
    await conn.close()


asyncio.run(main())
