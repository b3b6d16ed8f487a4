# text, varchar and char come back as str, bool as bool, bytea as bytes.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    r = await conn.fetchrow(
        "SELECT 'plain'::text AS t, 'short'::varchar(10) AS v, 'ab'::char(4) AS c, true AS yes, false AS no, '\\xdeadbeef'::bytea AS raw"
    )
    for key, value in r.items():
        print(key, type(value).__name__, repr(value))
    print(repr(await conn.fetchval("SELECT $1::text", "héllo wörld ✓")))
    print(await conn.fetchval("SELECT length($1::text)", "héllo"))
    print(repr(await conn.fetchval("SELECT $1::bytea", b"\x00\x01\xff")))
    print(await conn.fetchval("SELECT length($1::bytea)", bytes(range(256))))
    print(repr(await conn.fetchval("SELECT $1::bytea", bytearray(b"abc"))))
    print(await conn.fetchval("SELECT NOT $1::bool", True))
    print(await conn.fetchval("SELECT $1::text IS NULL", None))
    await conn.close()


asyncio.run(main())
