# After an error inside a transaction, every later statement fails until it ends.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    try:
        async with conn.transaction():
            try:
                await conn.execute("SELECT 1 / 0")
            except asyncpg.DivisionByZeroError:
                print("division by zero, carrying on")
            await conn.execute("SELECT 1")
    except asyncpg.InFailedSQLTransactionError as e:
        print(type(e).__name__, e.sqlstate)
        print(e)
    print(conn.is_in_transaction(), await conn.fetchval("SELECT 'fine again'"))
    await conn.close()


asyncio.run(main())
