# The ways to read a Result: all, first, one, scalar(s), mappings, fetchmany, iteration.
import asyncio

from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"
Q = text("SELECT id, name FROM users ORDER BY id")


async def main():
    engine = create_async_engine(DSN)
    async with engine.connect() as conn:
        print((await conn.execute(Q)).all())
        print((await conn.execute(Q)).first())
        print((await conn.execute(Q)).scalars().all())
        print((await conn.execute(Q)).scalars(1).all())
        print((await conn.execute(Q)).mappings().all()[:2])
        print((await conn.execute(Q)).mappings().first())
        r = await conn.execute(Q)
        print(r.fetchone(), r.fetchmany(2), len(r.fetchall()), r.fetchone())
        r = await conn.execute(Q)
        print([len(p) for p in r.partitions(3)])
        print((await conn.execute(text("SELECT name FROM users WHERE id = 4"))).scalar_one())
        print((await conn.execute(text("SELECT name FROM users WHERE id = 40"))).scalar_one_or_none())
        print((await conn.execute(text("SELECT name FROM users WHERE id = 40"))).one_or_none())
        print((await conn.execute(text("SELECT name FROM users WHERE id = 40"))).first())
        print(await conn.scalar(text("SELECT max(id) FROM users")))
        print((await conn.scalars(text("SELECT status FROM orders ORDER BY id"))).all())
        r = await conn.execute(text("SELECT status FROM orders ORDER BY status"))
        print(r.scalars().unique().all())
        r = await conn.execute(text("SELECT user_id, status FROM orders ORDER BY id"))
        print(r.columns("status").all()[:3])
        r = await conn.execute(text("SELECT 1 AS a, 2 AS b"))
        row = r.one()
        print(row.a + row.b, tuple(row))
    await engine.dispose()


asyncio.run(main())
