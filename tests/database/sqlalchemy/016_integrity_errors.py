# Database errors arrive as SQLAlchemy's DBAPIError family, asyncpg's exception inside.
import asyncio

from sqlalchemy import exc, text
from sqlalchemy.ext.asyncio import create_async_engine

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"


async def main():
    engine = create_async_engine(DSN)
    async with engine.connect() as conn:
        try:
            await conn.execute(text("INSERT INTO users (name, email) VALUES (:n, :e)"),
                               {"n": "Copy", "e": "ada@example.com"})
        except exc.IntegrityError as e:
            print(type(e).__name__)
            print(e)
            print(type(e.orig).__name__, e.orig.sqlstate, type(e.orig.__cause__).__name__)
            print(e.statement, e.params)
        await conn.rollback()
        for sql in ("SELECT nope FROM users", "SELECT 1 / 0", "INSERT INTO orders (user_id, status, total) VALUES (99, 'x', 1)",
                    "UPDATE accounts SET balance = -5 WHERE id = 1", "INSERT INTO users (email) VALUES ('x')"):
            try:
                await conn.execute(text(sql))
            except exc.DBAPIError as e:
                print(type(e).__name__, "|", str(e).splitlines()[0])
            await conn.rollback()
        try:
            await conn.execute(text("SELECT 1 / 0"))
        except exc.DBAPIError:
            pass
        try:
            await conn.execute(text("SELECT 1"))
        except exc.DBAPIError as e:
            print(type(e).__name__, "|", str(e).splitlines()[0])
        await conn.rollback()
        print((await conn.execute(text("SELECT 1"))).scalar())
    await engine.dispose()


asyncio.run(main())
