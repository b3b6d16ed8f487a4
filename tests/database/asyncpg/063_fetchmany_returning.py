# INSERT ... RETURNING with fetch, and fetchmany to run one statement for many arguments.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    row = await conn.fetchrow(
        "INSERT INTO users (name, email) VALUES ($1, $2) RETURNING id, name, is_active", "Alan", "alan@example.com"
    )
    print(row)
    new_id = await conn.fetchval("INSERT INTO accounts (owner, balance) VALUES ('Alan', 0) RETURNING id")
    print("new account", new_id)
    rows = await conn.fetchmany(
        "INSERT INTO accounts (owner, balance) VALUES ($1, $2) RETURNING id, owner",
        [("Ken", 1), ("Barbara", 2)],
    )
    print(rows)
    print(await conn.fetch("DELETE FROM orders WHERE status = 'cancelled' RETURNING id, user_id"))
    await conn.close()


asyncio.run(main())
