# An exception inside the block rolls the transaction back and propagates.
import asyncio

import asyncpg


class Abort(Exception):
    pass


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    try:
        async with conn.transaction():
            await conn.execute("UPDATE accounts SET balance = balance - 30 WHERE id = 1")
            print("inside:", await conn.fetchval("SELECT balance FROM accounts WHERE id = 1"))
            raise Abort("changed my mind")
    except Abort as e:
        print("caught:", e)
    print("after:", await conn.fetchval("SELECT balance FROM accounts WHERE id = 1"))
    try:
        async with conn.transaction():
            await conn.execute("INSERT INTO users (name, email) VALUES ('Temp', 'temp@example.com')")
            await conn.execute("INSERT INTO users (name, email) VALUES ('Dup', 'ada@example.com')")
    except asyncpg.UniqueViolationError as e:
        print("caught:", type(e).__name__)
    print("Temp exists:", await conn.fetchval("SELECT count(*) FROM users WHERE name = 'Temp'"))
    print("in transaction:", conn.is_in_transaction())
    await conn.close()


asyncio.run(main())
