# insert(): values, RETURNING, many rows at once, inserted_primary_key, column defaults.
import asyncio

from sqlalchemy import Boolean, Column, Integer, MetaData, String, Table, func, insert, select
from sqlalchemy.ext.asyncio import create_async_engine

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"
metadata = MetaData()
tasks = Table(
    "tasks",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("title", String(40), nullable=False),
    Column("done", Boolean, default=False),
    Column("priority", Integer, server_default="3"),
)


async def main():
    engine = create_async_engine(DSN)
    async with engine.begin() as conn:
        await conn.run_sync(metadata.create_all)
    async with engine.begin() as conn:
        result = await conn.execute(insert(tasks).values(title="write tests"))
        print(result.inserted_primary_key, result.rowcount)
        result = await conn.execute(insert(tasks).values(title="ship", priority=1).returning(tasks.c.id, tasks.c.done, tasks.c.priority))
        print(result.all())
        result = await conn.execute(insert(tasks), [{"title": "a"}, {"title": "b", "done": True}])
        print(result.rowcount)
        result = await conn.execute(insert(tasks).values([{"title": "c"}, {"title": "d"}]).returning(tasks.c.title))
        print(result.scalars().all())
        result = await conn.execute(insert(tasks).returning(tasks.c.id), {"title": "e", "priority": 9})
        print(result.scalar_one())
    async with engine.connect() as conn:
        rows = await conn.execute(select(tasks).order_by(tasks.c.id))
        for row in rows:
            print(row)
        print(await conn.scalar(select(func.count()).select_from(tasks).where(tasks.c.done)))
    await engine.dispose()


asyncio.run(main())
