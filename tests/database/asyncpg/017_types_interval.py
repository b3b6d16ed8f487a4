# interval comes back as timedelta (a month counts 30 days, a year 365).
import asyncio
from datetime import timedelta

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    for text in ["1 day 2 hours", "90 minutes", "3.5 seconds", "-1 day", "1 month", "1 year 2 months"]:
        value = await conn.fetchval("SELECT $1::text::interval", text)
        print(f"{text!r:20} {value!r}")
    print(await conn.fetchval("SELECT $1::interval * 2", timedelta(hours=1, minutes=30)))
    print(await conn.fetchval("SELECT '2024-01-01'::timestamp + $1", timedelta(days=45)))
    print(repr(await conn.fetchval("SELECT '2024-03-01'::timestamp - '2024-02-01'::timestamp")))
    await conn.close()


asyncio.run(main())
