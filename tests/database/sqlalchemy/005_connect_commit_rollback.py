# engine.connect() begins on the first statement; commit() and rollback() end it.
import asyncio

from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"


async def main():
    engine = create_async_engine(DSN)
    async with engine.connect() as conn:
        print(conn.in_transaction())
        result = await conn.execute(text("UPDATE users SET is_active = false WHERE id < :n"), {"n": 3})
        print("rowcount", result.rowcount, conn.in_transaction())
        await conn.rollback()
        print(conn.in_transaction())
        result = await conn.execute(text("INSERT INTO users (name, email) VALUES (:n, :e)"),
                                    [{"n": "Alan", "e": "alan@example.com"}, {"n": "Edsger", "e": "edsger@example.com"}])
        print("rowcount", result.rowcount)
        await conn.commit()
        result = await conn.execute(text("DELETE FROM users WHERE name = :n"), {"n": "Alan"})
        print("deleted", result.rowcount)
        # leaving the block rolls back what was not committed
    async with engine.connect() as conn:
        active = await conn.execute(text("SELECT count(*) FROM users WHERE is_active"))
        print("active", active.scalar())
        names = await conn.execute(text("SELECT name FROM users WHERE id > 7 ORDER BY id"))
        print(names.scalars().all())
    await engine.dispose()


asyncio.run(main())
