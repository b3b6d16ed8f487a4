# Talking to PostgreSQL through asyncpg's connection pool: acquire a connection, run
# queries, group updates in a transaction (one that fails rolls back), batch an insert
# with COPY, and close the pool at shutdown. The database is real: in the page it is
# PostgreSQL compiled to wasm (PGlite), loaded on the first connection; every run starts
# from the same sample tables (users, orders, events, accounts).
import asyncio

import asyncpg

DSN = "postgresql://user:pass@localhost:5432/mydb"


async def transfer(conn, amount, source, target):
    async with conn.transaction():
        await conn.execute(
            "UPDATE accounts SET balance = balance - $1 WHERE owner = $2", amount, source
        )
        await conn.execute(
            "UPDATE accounts SET balance = balance + $1 WHERE owner = $2", amount, target
        )


async def balances(conn):
    rows = await conn.fetch("SELECT owner, balance FROM accounts ORDER BY id")
    return {r["owner"]: str(r["balance"]) for r in rows}


async def main():
    pool = await asyncpg.create_pool(DSN, min_size=2, max_size=5)
    print(f"pool ready: {pool.get_size()} connections open, up to {pool.get_max_size()}")

    async with pool.acquire() as conn:
        user = await conn.fetchrow("SELECT id, name, email FROM users WHERE id = $1", 1)
        print(f"user: {user['name']} ({user['email']})")
        rows = await conn.fetch(
            "SELECT id, total FROM orders WHERE user_id = $1 AND status = $2 ORDER BY id",
            1,
            "active",
        )
        print("active orders:", [(r["id"], str(r["total"])) for r in rows])
        status = await conn.execute(
            "INSERT INTO events (type, payload) VALUES ($1, $2)",
            "user.login",
            '{"ip": "192.0.2.1"}',
        )
        print("insert:", status)

        # Both updates commit together...
        await transfer(conn, 30, "Ada", "Grace")
        print("after a transfer:", await balances(conn))
        # ...or neither does: the second would leave a balance below zero.
        try:
            await transfer(conn, 500, "Grace", "Linus")
        except asyncpg.CheckViolationError as e:
            print("refused:", type(e).__name__)
        print("after a refused one:", await balances(conn))

        # Many rows: one round trip with COPY instead of one INSERT each.
        records = [(f"user_{i}", f"user_{i}@example.com") for i in range(1000)]
        print(await conn.copy_records_to_table("users", records=records, columns=["name", "email"]))
        print("users now:", await conn.fetchval("SELECT count(*) FROM users"))

    await pool.close()
    print("pool closed")


asyncio.run(main())
