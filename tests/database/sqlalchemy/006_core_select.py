# Table objects and select(): where, order_by, limit, offset, columns by name.
import asyncio

from sqlalchemy import Boolean, Column, DateTime, Integer, MetaData, String, Table, desc, select
from sqlalchemy.ext.asyncio import create_async_engine

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"
metadata = MetaData()
users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String, nullable=False),
    Column("email", String),
    Column("is_active", Boolean),
    Column("created_at", DateTime),
)


async def main():
    engine = create_async_engine(DSN)
    async with engine.connect() as conn:
        stmt = select(users.c.id, users.c.name).where(users.c.is_active == True).order_by(users.c.name)  # noqa: E712
        print(stmt)
        for row in await conn.execute(stmt):
            print(row.id, row.name)
        stmt = select(users).order_by(desc(users.c.created_at)).limit(2).offset(1)
        for row in await conn.execute(stmt):
            print(row.name, row.created_at)
        stmt = select(users.c.name).where(users.c.id.in_([2, 4, 6])).order_by(users.c.id)
        print((await conn.execute(stmt)).scalars().all())
        row = (await conn.execute(select(users).where(users.c.email == "ken@example.com"))).one()
        print(row._mapping[users.c.name], row._mapping["email"], row.is_active)
        print((await conn.execute(select(users.c.id).where(users.c.name.in_([])))).all())
    await engine.dispose()


asyncio.run(main())
