# stream() results are read with async for; stream_scalars for single columns.
import asyncio

from sqlalchemy import Column, Integer, MetaData, String, Table, select, text
from sqlalchemy.ext.asyncio import create_async_engine

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"
metadata = MetaData()
users = Table("users", metadata, Column("id", Integer, primary_key=True), Column("name", String))


async def main():
    engine = create_async_engine(DSN)
    async with engine.connect() as conn:
        result = await conn.stream(select(users.c.id, users.c.name).order_by(users.c.id))
        async for row in result:
            print(row.id, row.name)
        result = await conn.stream_scalars(select(users.c.name).where(users.c.id > 4).order_by(users.c.id))
        print([name async for name in result])
        result = await conn.stream(text("SELECT id FROM orders ORDER BY id"))
        async for part in result.partitions(3):
            print(part)
        result = await conn.stream(select(users.c.name).where(users.c.id == 2))
        print(await result.scalar_one())
    await engine.dispose()


asyncio.run(main())
