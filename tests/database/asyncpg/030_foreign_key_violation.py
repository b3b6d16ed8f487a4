# An order for a user who does not exist, and deleting a user who has orders.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    try:
        await conn.execute("INSERT INTO orders (user_id, status, total) VALUES ($1, $2, $3)", 99, "active", 1)
    except asyncpg.ForeignKeyViolationError as e:
        print(type(e).__name__, e.sqlstate)
        print("message:", e.message)
        print("detail:", e.detail)
    try:
        await conn.execute("DELETE FROM users WHERE id = 1")
    except asyncpg.ForeignKeyViolationError as e:
        print(type(e).__name__, e.constraint_name)
        print(e)
    await conn.close()


asyncio.run(main())
