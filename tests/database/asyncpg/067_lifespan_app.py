# A web app's shape without the web framework: a pool made at startup, handlers that
# borrow a connection, dict(row) as the response, the pool closed at shutdown.
import asyncio

import asyncpg


class App:
    pool = None


app = App()


async def startup():
    app.pool = await asyncpg.create_pool("postgresql://user:pass@localhost:5432/mydb", min_size=5, max_size=20)


async def get_user(user_id):
    async with app.pool.acquire() as conn:
        row = await conn.fetchrow("SELECT id, name, email, is_active FROM users WHERE id = $1", user_id)
        if not row:
            return 404, {"detail": "User not found"}
        return 200, dict(row)


async def list_orders():
    async with app.pool.acquire() as conn:
        rows = await conn.fetch("SELECT id, user_id, status, total FROM orders ORDER BY created_at DESC LIMIT 3")
        return 200, [dict(row) for row in rows]


async def main():
    await startup()
    responses = await asyncio.gather(get_user(1), get_user(42), list_orders())
    for status, body in responses:
        print(status, body)
    await app.pool.close()


asyncio.run(main())
