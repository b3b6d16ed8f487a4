# session.begin() commits when the block ends and rolls back on an exception;
# async_sessionmaker.begin() makes the session and the transaction at once.
import asyncio

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"


class Base(DeclarativeBase):
    pass


class Event(Base):
    __tablename__ = "events"
    id: Mapped[int] = mapped_column(primary_key=True)
    type: Mapped[str]


async def count(Session):
    async with Session() as session:
        return await session.scalar(select(func.count()).select_from(Event))


async def main():
    engine = create_async_engine(DSN)
    Session = async_sessionmaker(engine, expire_on_commit=False)
    print(await count(Session))
    async with Session() as session:
        async with session.begin():
            session.add(Event(type="a"))
            session.add(Event(type="b"))
        print(session.in_transaction())
    print(await count(Session))
    try:
        async with Session() as session:
            async with session.begin():
                session.add(Event(type="c"))
                await session.flush()
                raise ValueError("no")
    except ValueError:
        print("rolled back")
    print(await count(Session))
    async with Session.begin() as session:
        session.add(Event(type="d"))
    print(await count(Session))
    async with Session() as session:
        print((await session.scalars(select(Event.type).order_by(Event.id))).all())
    await engine.dispose()


asyncio.run(main())
