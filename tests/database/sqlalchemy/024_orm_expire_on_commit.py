# After commit, attributes are expired; reading one would need the database, which an
# attribute cannot await: MissingGreenlet. refresh() or expire_on_commit=False avoid it.
import asyncio

from sqlalchemy import exc
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]


async def main():
    engine = create_async_engine(DSN)
    Session = async_sessionmaker(engine)
    async with Session() as session:
        user = await session.get(User, 2)
        user.name = "Grace H."
        await session.commit()
        try:
            print(user.name)
        except exc.MissingGreenlet as e:
            print(type(e).__module__, type(e).__name__)
            print(e)
        await session.refresh(user)
        print(user.name)
    print(user.name)
    async with Session() as session:
        user = await session.get(User, 3)
        await session.commit()
    try:
        user.name
    except Exception as e:
        print(type(e).__name__)
        print(e.code, str(e).split(" at 0x")[0])
    Keep = async_sessionmaker(engine, expire_on_commit=False)
    async with Keep() as session:
        user = await session.get(User, 4)
        user.name = "Guido vR"
        await session.commit()
        print(user.name)
    print(user.name)
    await engine.dispose()


asyncio.run(main())
