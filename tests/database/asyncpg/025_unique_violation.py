# A duplicate email: UniqueViolationError, with the server's detail.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    try:
        await conn.execute("INSERT INTO users (name, email) VALUES ($1, $2)", "Ada II", "ada@example.com")
    except asyncpg.UniqueViolationError as e:
        print(type(e).__name__)
        print("sqlstate:", e.sqlstate)
        print("message:", e.message)
        print("detail:", e.detail)
        print("table:", e.table_name, "constraint:", e.constraint_name, "schema:", e.schema_name)
        print("str:", str(e))
        print("args:", e.args)
        print(isinstance(e, asyncpg.IntegrityConstraintViolationError), isinstance(e, asyncpg.PostgresError))
    print(await conn.fetchval("SELECT count(*) FROM users"))
    await conn.close()


asyncio.run(main())
