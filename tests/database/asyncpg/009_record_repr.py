# How Records print: <Record name=value ...> with each value's repr.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    print(await conn.fetchrow("SELECT id, name, created_at FROM users WHERE id = 1"))
    print(repr(await conn.fetchrow("SELECT id, owner, balance FROM accounts WHERE id = 1")))
    print(await conn.fetchrow("SELECT NULL AS nothing, 'it''s' AS quote, 'say \"hi\"' AS dq"))
    print(await conn.fetchrow("SELECT 1, 2 + 2"))
    print(await conn.fetchrow("SELECT 1 AS a, 2 AS a"))
    print(await conn.fetchrow("SELECT"))
    print(str(await conn.fetchrow("SELECT ARRAY[1, 2] AS xs, '\\x0102'::bytea AS raw")))
    print(await conn.fetch("SELECT id FROM users WHERE id < 4 ORDER BY id"))
    await conn.close()


asyncio.run(main())
