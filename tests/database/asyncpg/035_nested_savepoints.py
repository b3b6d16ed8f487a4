# A transaction inside a transaction is a savepoint: it can fail alone.
import asyncio

import asyncpg


async def balances(conn):
    rows = await conn.fetch("SELECT balance FROM accounts ORDER BY id")
    return [str(r["balance"]) for r in rows]


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    async with conn.transaction():
        await conn.execute("UPDATE accounts SET balance = balance - 10 WHERE id = 1")
        try:
            async with conn.transaction():
                await conn.execute("UPDATE accounts SET balance = balance + 10 WHERE id = 3")
                await conn.execute("UPDATE accounts SET balance = -1 WHERE id = 2")
        except asyncpg.CheckViolationError:
            print("savepoint rolled back:", await balances(conn))
        async with conn.transaction():
            await conn.execute("UPDATE accounts SET balance = balance + 10 WHERE id = 2")
        print("inside:", await balances(conn))
    print("committed:", await balances(conn))
    try:
        async with conn.transaction():
            await conn.execute("UPDATE accounts SET balance = 0")
            async with conn.transaction():
                await conn.execute("UPDATE accounts SET balance = 1")
            raise RuntimeError("outer fails")
    except RuntimeError as e:
        print(e, "->", await balances(conn))
    await conn.close()


asyncio.run(main())
