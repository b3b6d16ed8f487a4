# PostgreSQL's INSERT ... ON CONFLICT through sqlalchemy.dialects.postgresql.insert.
import asyncio

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"


class Base(DeclarativeBase):
    pass


class Counter(Base):
    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(primary_key=True)
    hits: Mapped[int]


async def main():
    engine = create_async_engine(DSN)
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    Session = async_sessionmaker(engine, expire_on_commit=False)
    async with Session() as session:
        for name in ("home", "about", "home", "home"):
            stmt = insert(Counter).values(name=name, hits=1)
            stmt = stmt.on_conflict_do_update(index_elements=[Counter.name], set_={"hits": Counter.hits + stmt.excluded.hits})
            await session.execute(stmt)
        stmt = insert(Counter).values(name="about", hits=100).on_conflict_do_nothing()
        print(stmt)
        result = await session.execute(stmt)
        print(result.rowcount)
        await session.commit()
        print((await session.execute(select(Counter.name, Counter.hits).order_by(Counter.name))).all())
        stmt = insert(Counter).values(name="home", hits=5).on_conflict_do_update(
            index_elements=["name"], set_=dict(hits=5)).returning(Counter.hits)
        print(stmt)
        print((await session.execute(stmt)).scalar_one())
    await engine.dispose()


asyncio.run(main())
