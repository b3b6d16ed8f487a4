# Division by zero happens on the server: DivisionByZeroError.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    try:
        await conn.fetchval("SELECT total / $1 FROM orders WHERE id = 1", 0)
    except asyncpg.DivisionByZeroError as e:
        print(type(e).__name__, e.sqlstate, e)
    try:
        await conn.fetchval("SELECT 1 / 0")
    except asyncpg.exceptions.DataError as e:
        print("caught as", asyncpg.exceptions.DataError.__name__, "-", e)
    print(await conn.fetchval("SELECT 1 / 1"))
    await conn.close()


asyncio.run(main())
