# Subqueries, scalar subqueries, EXISTS, IN (SELECT ...), a CTE and UNION.
import asyncio

from sqlalchemy import (Column, ForeignKey, Integer, MetaData, Numeric, String, Table, exists, func,
                        select, union_all)
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
        totals = (select(orders.c.user_id, func.sum(orders.c.total).label("spent"))
                  .group_by(orders.c.user_id).subquery())
        stmt = select(users.c.name, totals.c.spent).join(totals, users.c.id == totals.c.user_id).order_by(totals.c.spent)
        print(stmt)
        print((await conn.execute(stmt)).all())
        n_orders = select(func.count(orders.c.id)).where(orders.c.user_id == users.c.id).scalar_subquery()
        stmt = select(users.c.name, n_orders.label("n")).where(users.c.id < 4).order_by(users.c.id)
        print((await conn.execute(stmt)).all())
        stmt = select(users.c.name).where(~exists().where(orders.c.user_id == users.c.id)).order_by(users.c.name)
        print((await conn.execute(stmt)).scalars().all())
        stmt = select(users.c.name).where(users.c.id.in_(select(orders.c.user_id).where(orders.c.total > 50)))
        print((await conn.execute(stmt.order_by(users.c.name))).scalars().all())
        big = select(orders.c.id, orders.c.total).where(orders.c.total > 15).cte("big")
        stmt = select(func.count(), func.sum(big.c.total)).select_from(big)
        print(stmt)
        print((await conn.execute(stmt)).one())
        stmt = union_all(select(users.c.name).where(users.c.id < 3), select(users.c.name).where(users.c.id > 6))
        print((await conn.execute(stmt.order_by("name"))).scalars().all())
    await engine.dispose()


asyncio.run(main())
