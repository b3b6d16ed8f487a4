# Values the server cannot take: subclasses of DataError.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    queries = [
        "SELECT 'abc'::int",
        "SELECT '2024-02-30'::date",
        "SELECT 40000::int2",
        "SELECT 123.456::numeric(4, 1)",
        "SELECT 'not json'::jsonb",
    ]
    for query in queries:
        try:
            await conn.fetchval(query)
        except asyncpg.DataError as e:
            print(type(e).__name__, e.sqlstate, isinstance(e, asyncpg.DataError))
            print("   ", str(e).replace("\n", " | "))
    await conn.close()


asyncio.run(main())
