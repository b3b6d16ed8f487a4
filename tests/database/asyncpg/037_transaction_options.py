# Isolation levels and read-only transactions.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    async with conn.transaction(isolation="serializable"):
        print(await conn.fetchval("SHOW transaction_isolation"))
    async with conn.transaction(isolation="repeatable_read"):
        print(await conn.fetchval("SHOW transaction_isolation"))
    try:
        async with conn.transaction(readonly=True):
            print(await conn.fetchval("SHOW transaction_read_only"))
            await conn.execute("DELETE FROM events")
    except asyncpg.ReadOnlySQLTransactionError as e:
        print(type(e).__name__, e.sqlstate, e)
    print(await conn.fetchval("SELECT count(*) FROM events"))
    await conn.close()


asyncio.run(main())
