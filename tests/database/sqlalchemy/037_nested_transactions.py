# SAVEPOINTs: begin_nested() on a connection and on a session.
import asyncio

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"


class Base(DeclarativeBase):
    pass


class Event(Base):
    __tablename__ = "events"
    id: Mapped[int] = mapped_column(primary_key=True)
    type: Mapped[str]


async def main():
    engine = create_async_engine(DSN)
    async with engine.begin() as conn:
        await conn.execute(text("INSERT INTO events (type) VALUES ('kept')"))
        savepoint = await conn.begin_nested()
        await conn.execute(text("INSERT INTO events (type) VALUES ('undone')"))
        await savepoint.rollback()
        async with conn.begin_nested():
            await conn.execute(text("INSERT INTO events (type) VALUES ('released')"))
        print(conn.in_nested_transaction())
    Session = async_sessionmaker(engine, expire_on_commit=False)
    async with Session() as session:
        session.add(Event(type="outer"))
        try:
            async with session.begin_nested():
                session.add(Event(type="inner"))
                await session.flush()
                raise KeyError("inner")
        except KeyError:
            pass
        await session.commit()
        types = await session.scalars(select(Event.type).where(Event.id > 4).order_by(Event.id))
        print(types.all())
        print(await session.scalar(select(func.count()).select_from(Event)))
    await engine.dispose()


asyncio.run(main())
