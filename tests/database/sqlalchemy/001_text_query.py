# text() with :name parameters on an async engine; rows are named tuples.
import asyncio

from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"


async def main():
    engine = create_async_engine(DSN)
    async with engine.connect() as conn:
        result = await conn.execute(
            text("SELECT id, name, email FROM users WHERE id <= :max_id ORDER BY id"),
            {"max_id": 3},
        )
        print(list(result.keys()))
        for row in result:
            print(row, row.id, row[1], row._mapping["email"])
        row = (await conn.execute(text("SELECT name, is_active FROM users WHERE name = :n"), {"n": "Guido"})).one()
        print(row, row._fields, row._asdict(), tuple(row), len(row))
        print(row == ("Guido", False), row.name, row.is_active)
        print(type(row).__name__, type(row).__module__)
        count = (await conn.execute(text("SELECT count(*) FROM orders"))).scalar()
        print("orders:", count)
    await engine.dispose()


asyncio.run(main())
