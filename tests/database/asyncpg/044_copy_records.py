# copy_records_to_table sends many rows in one COPY: far faster than one INSERT each.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    records = [(f"user_{i}", f"user_{i}@example.com") for i in range(1000)]
    status = await conn.copy_records_to_table("users", records=records, columns=["name", "email"])
    print(status)
    print(await conn.fetchval("SELECT count(*) FROM users"))
    print(await conn.fetchrow("SELECT id, name, email, is_active FROM users WHERE name = 'user_999'"))
    status = await conn.copy_records_to_table(
        "accounts", records=[("Zed", 1.5), ("Yan", 2)], columns=("owner", "balance")
    )
    print(status, await conn.fetch("SELECT owner, balance FROM accounts WHERE id > 3 ORDER BY id"))
    await conn.close()


asyncio.run(main())
