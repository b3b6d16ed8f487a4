# What a prepared statement knows: its parameters' and columns' types.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    stmt = await conn.prepare("SELECT id, name, is_active, created_at FROM users WHERE id = $1 AND name = $2")
    print([p.name for p in stmt.get_parameters()])
    for a in stmt.get_attributes():
        print(a.name, a.type.name, a.type.kind, a.type.schema)
    insert = await conn.prepare("INSERT INTO accounts (owner, balance) VALUES ($1, $2)")
    print([p.name for p in insert.get_parameters()], insert.get_attributes())
    print(await insert.fetchval("Bob", 5))
    print(await conn.fetchval("SELECT count(*) FROM accounts"))
    await conn.close()


asyncio.run(main())
