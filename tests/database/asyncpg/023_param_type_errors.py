# A Python value that does not fit the parameter's type fails before it is sent:
# asyncpg's DataError, which says which argument and why.
import asyncio
import datetime

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    cases = [
        ("SELECT $1::int", "abc"),
        ("SELECT $1::int2", 40000),
        ("SELECT $1::int8", 2**63),
        ("SELECT $1::text", 5),
        ("SELECT $1::text", b"bytes"),
        ("SELECT $1::bytea", "text"),
        ("SELECT $1::bool", 1),
        ("SELECT $1::date", "2024-01-01"),
        ("SELECT $1::interval", 5),
        ("SELECT $1::int[]", "{1,2}"),
        ("SELECT $1::int[]", [1, "a"]),
        ("SELECT $1::uuid", "not-a-uuid"),
        ("SELECT $1::jsonb", {"a": 1}),
        ("SELECT $1::timestamp", datetime.date(2024, 1, 1)),
    ]
    for query, arg in cases:
        try:
            value = await conn.fetchval(query, arg)
            print(query, "->", repr(value))
        except asyncpg.DataError as e:
            print(query, type(e).__name__, e.sqlstate)
            print("   ", e)
    print(await conn.fetchval("SELECT 'still fine'"))
    await conn.close()


asyncio.run(main())
