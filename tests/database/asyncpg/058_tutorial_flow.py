# The tutorial's database_operations(), with the names it leaves undefined defined.
import asyncio

import asyncpg

user_id = 1
amount = 25
from_account, to_account = 1, 3


async def database_operations():
    # Connection pool — always use a pool in production
    pool = await asyncpg.create_pool(
        dsn="postgresql://user:pass@localhost:5432/mydb",
        min_size=5,
        max_size=20,
        command_timeout=30,
    )

    # Query with pool
    async with pool.acquire() as conn:
        # Single row
        row = await conn.fetchrow("SELECT id, name, email FROM users WHERE id = $1", user_id)
        print(f"User: {row['name']} ({row['email']})")

        # Multiple rows
        rows = await conn.fetch(
            "SELECT * FROM orders WHERE user_id = $1 AND status = $2 ORDER BY id", user_id, "active"
        )
        print("active orders:", [(r["id"], str(r["total"])) for r in rows])

        # Insert
        status = await conn.execute(
            "INSERT INTO events (type, payload, created_at) VALUES ($1, $2, NOW())",
            "user.login",
            '{"ip": "1.2.3.4"}',
        )
        print(status)

        # Transaction
        async with conn.transaction():
            await conn.execute(
                "UPDATE accounts SET balance = balance - $1 WHERE id = $2", amount, from_account
            )
            await conn.execute(
                "UPDATE accounts SET balance = balance + $1 WHERE id = $2", amount, to_account
            )
        print(await conn.fetch("SELECT id, balance FROM accounts ORDER BY id"))

        # Batch insert (much faster than individual inserts)
        records = [(f"user_{i}", f"user_{i}@example.com") for i in range(1000)]
        result = await conn.copy_records_to_table("users", records=records, columns=["name", "email"])
        print(result, await conn.fetchval("SELECT count(*) FROM users"))

    # Always close the pool on shutdown
    await pool.close()


asyncio.run(database_operations())
