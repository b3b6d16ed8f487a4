# Large results: many rows, and long values.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    rows = await conn.fetch("SELECT x, x * x AS square, md5(x::text) AS h FROM generate_series(1, 20000) AS x")
    print(len(rows), rows[0]["square"], rows[-1]["square"], rows[-1]["h"])
    print(sum(r["x"] for r in rows))
    big = await conn.fetchval("SELECT repeat('ab', 500000)")
    print(len(big), big[:6])
    echoed = await conn.fetchval("SELECT length($1::text)", "xyz" * 200000)
    print(echoed)
    blob = await conn.fetchval("SELECT $1::bytea", bytes(range(256)) * 1000)
    print(len(blob), blob[255], blob[256])
    await conn.close()


asyncio.run(main())
