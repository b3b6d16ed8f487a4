# update() and delete(): rowcount, RETURNING, values computed from columns.
import asyncio
from decimal import Decimal

from sqlalchemy import Column, Integer, MetaData, Numeric, String, Table, delete, select, update
from sqlalchemy.ext.asyncio import create_async_engine

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"
metadata = MetaData()
accounts = Table("accounts", metadata, Column("id", Integer, primary_key=True), Column("owner", String),
                 Column("balance", Numeric(12, 2)))
orders = Table("orders", metadata, Column("id", Integer, primary_key=True), Column("user_id", Integer),
               Column("status", String), Column("total", Numeric(10, 2)))


async def main():
    engine = create_async_engine(DSN)
    async with engine.begin() as conn:
        result = await conn.execute(update(accounts).where(accounts.c.owner == "Ada")
                                    .values(balance=accounts.c.balance - Decimal("12.50")))
        print("updated", result.rowcount)
        result = await conn.execute(update(orders).where(orders.c.status == "active")
                                    .values(status="paid").returning(orders.c.id, orders.c.total))
        print(sorted(result.all()))
        result = await conn.execute(delete(orders).where(orders.c.status == "cancelled"))
        print("deleted", result.rowcount)
        result = await conn.execute(delete(orders).where(orders.c.total < 10).returning(orders.c.id))
        print("deleted ids", result.scalars().all())
        result = await conn.execute(update(accounts).where(accounts.c.id > 100).values(balance=0))
        print("nothing", result.rowcount)
    async with engine.connect() as conn:
        print((await conn.execute(select(accounts.c.owner, accounts.c.balance).order_by(accounts.c.id))).all())
        print((await conn.execute(select(orders.c.id, orders.c.status).order_by(orders.c.id))).all())
    await engine.dispose()


asyncio.run(main())
