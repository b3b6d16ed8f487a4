# engine.begin() commits at the end of the block, or rolls back when it raises.
import asyncio

from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"


async def main():
    engine = create_async_engine(DSN)
    async with engine.begin() as conn:
        await conn.execute(text("UPDATE accounts SET balance = balance - 30 WHERE owner = :o"), {"o": "Ada"})
        await conn.execute(text("UPDATE accounts SET balance = balance + 30 WHERE owner = :o"), {"o": "Grace"})
    try:
        async with engine.begin() as conn:
            await conn.execute(text("UPDATE accounts SET balance = 0 WHERE owner = 'Ada'"))
            raise RuntimeError("changed my mind")
    except RuntimeError as e:
        print("rolled back:", e)
    async with engine.connect() as conn:
        rows = await conn.execute(text("SELECT owner, balance FROM accounts ORDER BY id"))
        for owner, balance in rows:
            print(owner, balance)
    await engine.dispose()


asyncio.run(main())
