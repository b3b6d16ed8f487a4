# What one() and friends raise, a closed result, and a missing bound parameter.
import asyncio

from sqlalchemy import exc, text
from sqlalchemy.ext.asyncio import create_async_engine

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"


async def main():
    engine = create_async_engine(DSN)
    async with engine.connect() as conn:
        for sql in ("SELECT id FROM users WHERE id > 100", "SELECT id FROM users"):
            for method in ("one", "scalar_one", "one_or_none", "scalar_one_or_none"):
                result = await conn.execute(text(sql))
                try:
                    print(method, getattr(result, method)())
                except exc.SQLAlchemyError as e:
                    print(method, type(e).__name__, e)
        result = await conn.execute(text("SELECT id FROM users ORDER BY id"))
        print(result.first())
        try:
            result.all()
        except exc.ResourceClosedError as e:
            print("closed:", e)
        try:
            await conn.execute(text("SELECT id FROM users WHERE id = :wanted"))
        except exc.StatementError as e:
            print(type(e).__name__)
            print(e)
        try:
            await conn.execute("SELECT 1")
        except exc.ObjectNotExecutableError as e:
            print(type(e).__name__, e)
    await engine.dispose()


asyncio.run(main())
