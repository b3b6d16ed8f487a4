# A failed flush rolls the transaction back: the session wants rollback() before more work.
import asyncio
from typing import Optional

from sqlalchemy import exc, select
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    email: Mapped[Optional[str]]


async def main():
    engine = create_async_engine(DSN)
    Session = async_sessionmaker(engine, expire_on_commit=False)
    async with Session() as session:
        session.add(User(name="Impostor", email="ada@example.com"))
        try:
            await session.commit()
        except exc.IntegrityError as e:
            print(type(e).__name__)
            print(e)
            print(type(e.orig).__name__)
        try:
            await session.execute(select(User).where(User.id == 1))
        except exc.PendingRollbackError as e:
            print(type(e).__name__, e.code)
        await session.rollback()
        print((await session.execute(select(User.name).where(User.id == 1))).scalar_one())
        session.add(User(name="Real", email="real@example.com"))
        await session.commit()
        print(await session.scalar(select(User.name).where(User.email == "real@example.com")))
    await engine.dispose()


asyncio.run(main())
