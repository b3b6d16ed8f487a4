# ORM-enabled insert(), update() and delete(): the objects in the session follow along.
import asyncio

from sqlalchemy import delete, insert, select, update
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    is_active: Mapped[bool]

    def __repr__(self):
        return f"User({self.id}, {self.name!r}, {self.is_active})"


async def main():
    engine = create_async_engine(DSN)
    Session = async_sessionmaker(engine, expire_on_commit=False)
    async with Session() as session:
        linus = await session.get(User, 3)
        result = await session.execute(update(User).where(User.id == 3).values(name="Linus T."))
        print(result.rowcount, linus)
        result = await session.execute(update(User).where(User.name.like("G%")).values(is_active=False))
        print(result.rowcount)
        result = await session.execute(update(User).where(User.id.in_([3, 5])).values(name=User.name + "!"))
        print(result.rowcount, linus)
        await session.execute(insert(User), [{"name": "Alan", "is_active": True}, {"name": "Barbara L.", "is_active": False}])
        new = await session.scalars(insert(User).returning(User), [{"name": "Edsger", "is_active": True}])
        print(new.all())
        result = await session.execute(delete(User).where(User.name == "Alan"))
        print(result.rowcount)
        await session.commit()
    async with Session() as session:
        print((await session.scalars(select(User).order_by(User.id))).all())
    await engine.dispose()


asyncio.run(main())
