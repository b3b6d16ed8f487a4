# dict(r), keys(), values() and items(): the dict-like side of a Record.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    r = await conn.fetchrow("SELECT id, owner, balance FROM accounts WHERE id = 2")
    print(dict(r))
    print(list(r.keys()))
    print(list(r.values()))
    print(list(r.items()))
    for key, value in r.items():
        print(f"{key}={value}")
    rows = await conn.fetch("SELECT id, owner FROM accounts ORDER BY id")
    print([dict(row) for row in rows])
    print({row["owner"]: row["id"] for row in rows})
    await conn.close()


asyncio.run(main())
