# Column operators run against the sample data.
import asyncio

from sqlalchemy import Column, Integer, MetaData, Numeric, String, Table, Boolean, and_, not_, or_, select
from sqlalchemy.ext.asyncio import create_async_engine

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"
metadata = MetaData()
users = Table("users", metadata, Column("id", Integer, primary_key=True), Column("name", String),
              Column("email", String), Column("is_active", Boolean))
orders = Table("orders", metadata, Column("id", Integer, primary_key=True), Column("user_id", Integer),
               Column("status", String), Column("total", Numeric(10, 2)))

conditions = {
    "id == 3": users.c.id == 3,
    "id != 3": users.c.id != 3,
    "id < 3": users.c.id < 3,
    "id >= 6": users.c.id >= 6,
    "in_": users.c.name.in_(["Ada", "Ken", "Nobody"]),
    "not_in": users.c.id.not_in([1, 2, 3, 4]),
    "like": users.c.name.like("%a%"),
    "ilike": users.c.name.ilike("g%"),
    "startswith": users.c.email.startswith("li"),
    "endswith": users.c.name.endswith("s"),
    "contains": users.c.name.contains("ar"),
    "between": users.c.id.between(2, 4),
    "is_ None": users.c.email.is_(None),
    "is_not None": users.c.email.is_not(None),
    "== None": users.c.email == None,  # noqa: E711
    "and_": and_(users.c.is_active, users.c.id > 4),
    "or_": or_(users.c.id == 1, users.c.name == "Ken"),
    "not_": not_(users.c.is_active),
    "~": ~(users.c.id > 2),
    "&": (users.c.id > 1) & (users.c.id < 4),
    "|": (users.c.id == 1) | (users.c.id == 7),
}


async def main():
    engine = create_async_engine(DSN)
    async with engine.connect() as conn:
        for label, cond in conditions.items():
            names = (await conn.execute(select(users.c.name).where(cond).order_by(users.c.id))).scalars().all()
            print(f"{label:12} {names}")
        rows = await conn.execute(
            select(orders.c.id, orders.c.total * 2, (orders.c.total - 5).label("less"))
            .where(orders.c.total > 40).order_by(orders.c.id))
        print(rows.all())
        rows = await conn.execute(select(users.c.name + " <" + users.c.email + ">").where(users.c.id < 3)
                                  .order_by(users.c.id))
        print(rows.scalars().all())
    await engine.dispose()


asyncio.run(main())
