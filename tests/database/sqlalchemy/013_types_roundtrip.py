# Column types in and out: numbers, text, booleans, dates, JSON, UUID.
import asyncio
import datetime
import uuid
from decimal import Decimal

from sqlalchemy import (JSON, BigInteger, Boolean, Column, Date, DateTime, Float, Integer, Interval,
                        MetaData, Numeric, String, Table, Text, Uuid, insert, select)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.asyncio import create_async_engine

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"
metadata = MetaData()
things = Table(
    "things",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("big", BigInteger),
    Column("price", Numeric(8, 2)),
    Column("ratio", Float),
    Column("label", String(20)),
    Column("notes", Text),
    Column("flag", Boolean),
    Column("day", Date),
    Column("at", DateTime),
    Column("at_tz", DateTime(timezone=True)),
    Column("span", Interval),
    Column("data", JSON),
    Column("doc", JSONB),
    Column("key", Uuid),
)


async def main():
    engine = create_async_engine(DSN)
    async with engine.begin() as conn:
        await conn.run_sync(metadata.create_all)
        await conn.execute(insert(things).values(
            big=2 ** 40, price=Decimal("19.99"), ratio=0.25, label="first", notes="a\nb", flag=True,
            day=datetime.date(2024, 3, 1), at=datetime.datetime(2024, 3, 1, 12, 30),
            at_tz=datetime.datetime(2024, 3, 1, 12, 30, tzinfo=datetime.timezone.utc),
            span=datetime.timedelta(days=2, hours=3), data={"a": [1, 2], "b": None},
            doc={"tags": ["x", "y"], "n": 1.5}, key=uuid.UUID("12345678-1234-5678-1234-567812345678")))
        await conn.execute(insert(things).values(label="empty"))
    async with engine.connect() as conn:
        for row in await conn.execute(select(things).order_by(things.c.id)):
            for key, value in row._mapping.items():
                print(f"{key:6} {type(value).__name__:10} {value!r}")
            print("--")
        print((await conn.execute(select(things.c.doc["tags"]).where(things.c.id == 1))).scalar())
        print((await conn.execute(select(things.c.id).where(things.c.price > 10))).scalars().all())
    await engine.dispose()


asyncio.run(main())
