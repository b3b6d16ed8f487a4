# NULL of any type is None, and None goes in as NULL.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    r = await conn.fetchrow(
        "SELECT NULL::int AS i, NULL::text AS t, NULL::numeric AS n, NULL::timestamptz AS ts, NULL::int[] AS a, NULL::jsonb AS j"
    )
    print(r)
    print(all(v is None for v in r.values()))
    await conn.execute("INSERT INTO users (name, email) VALUES ($1, $2)", "Nameless", None)
    print(await conn.fetchrow("SELECT name, email FROM users WHERE email IS NULL"))
    print(await conn.fetchval("SELECT coalesce($1::text, 'default')", None))
    print(await conn.fetchval("SELECT $1::int IS NULL", None))
    await conn.close()


asyncio.run(main())
