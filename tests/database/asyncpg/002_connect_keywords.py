# Connect with keyword arguments instead of a DSN; ask the server who we are.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect(
        host="localhost", port=5432, user="user", password="pass", database="mydb"
    )
    print("user:", await conn.fetchval("SELECT current_user"))
    print("database:", await conn.fetchval("SELECT current_database()"))
    print("answer:", await conn.fetchval("SELECT 6 * 7"))
    await conn.close()


asyncio.run(main())
