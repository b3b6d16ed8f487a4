# create_all and drop_all through run_sync: only what is missing is created.
import asyncio

from sqlalchemy import Column, ForeignKey, Integer, MetaData, String, Table, inspect, text
from sqlalchemy.ext.asyncio import create_async_engine

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"
metadata = MetaData()
Table("teams", metadata, Column("id", Integer, primary_key=True), Column("name", String(30), unique=True))
Table("players", metadata, Column("id", Integer, primary_key=True),
      Column("team_id", ForeignKey("teams.id"), nullable=False), Column("name", String(30), index=True))


def table_names(sync_conn):
    return inspect(sync_conn).get_table_names()


async def main():
    engine = create_async_engine(DSN)
    async with engine.begin() as conn:
        print(sorted(await conn.run_sync(table_names)))
        await conn.run_sync(metadata.create_all)
        await conn.run_sync(metadata.create_all)
        print(sorted(await conn.run_sync(table_names)))
        await conn.execute(text("INSERT INTO teams (name) VALUES ('red')"))
        await conn.execute(text("INSERT INTO players (team_id, name) VALUES (1, 'kim')"))
        print((await conn.execute(text("SELECT indexname FROM pg_indexes WHERE tablename = 'players' ORDER BY 1"))).scalars().all())
    print([t.name for t in metadata.sorted_tables])
    async with engine.begin() as conn:
        await conn.run_sync(metadata.drop_all)
        print(sorted(await conn.run_sync(table_names)))
    await engine.dispose()


asyncio.run(main())
