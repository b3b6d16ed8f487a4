# Names the server does not know: UndefinedTableError, UndefinedColumnError.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    for query in ["SELECT * FROM customers", "SELECT nickname FROM users", "SELECT * FROM users WHERE nosuch = 1"]:
        try:
            await conn.fetch(query)
        except asyncpg.PostgresError as e:
            print(type(e).__name__, e.sqlstate, e.position)
            print("   ", e)
    try:
        await conn.execute("DROP TABLE customers")
    except asyncpg.UndefinedTableError as e:
        print(type(e).__name__, e)
    await conn.close()


asyncio.run(main())
