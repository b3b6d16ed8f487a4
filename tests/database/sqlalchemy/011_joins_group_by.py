# Joins, GROUP BY with aggregates and HAVING, ordering by a label.
import asyncio

from sqlalchemy import Column, ForeignKey, Integer, MetaData, Numeric, String, Table, desc, func, select
from sqlalchemy.ext.asyncio import create_async_engine

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"
metadata = MetaData()
users = Table("users", metadata, Column("id", Integer, primary_key=True), Column("name", String))
orders = Table("orders", metadata, Column("id", Integer, primary_key=True),
               Column("user_id", ForeignKey("users.id")), Column("status", String),
               Column("total", Numeric(10, 2)))


async def main():
    engine = create_async_engine(DSN)
    async with engine.connect() as conn:
        stmt = (select(users.c.name, orders.c.status, orders.c.total)
                .join(orders, users.c.id == orders.c.user_id).where(orders.c.total > 10)
                .order_by(orders.c.total))
        for row in await conn.execute(stmt):
            print(row)
        stmt = (select(users.c.name, func.count(orders.c.id).label("n"), func.sum(orders.c.total).label("spent"))
                .select_from(users).outerjoin(orders).group_by(users.c.name)
                .order_by(desc("n"), users.c.name))
        for row in await conn.execute(stmt):
            print(row.name, row.n, row.spent)
        stmt = (select(orders.c.status, func.count().label("n")).group_by(orders.c.status)
                .having(func.count() > 1).order_by(orders.c.status))
        print((await conn.execute(stmt)).all())
        stmt = select(users.c.name).join_from(users, orders).where(orders.c.status == "shipped").distinct().order_by(users.c.name)
        print((await conn.execute(stmt)).scalars().all())
        stmt = select(func.max(orders.c.total), func.min(orders.c.total), func.avg(orders.c.total))
        print((await conn.execute(stmt)).one())
    await engine.dispose()


asyncio.run(main())
